import type en from '../en/hardening';

export default {
  'hardening.internalError': 'interne fout in regel {ruleId}: {message}; de bevindingen van deze regel voor dit bestand ontbreken',
  'hardening.internalErrorStderr': 'pledge: interne fout in regel {ruleId} bij {file}: {message}',
  'hardening.sarifNotification': 'regel {ruleId} is mislukt bij {file}: {message}',
  'hardening.config.extendsOutside': '"extends": "{target}" ligt buiten de werkruimtemap; een configuratie mag alleen bestanden daarbinnen uitbreiden',
  'hardening.config.extendedNotJson': 'geen configuratiebestand: het is geen geldige JSON',
  'hardening.files.notRegular': 'kan "{path}" niet lezen: het is geen gewoon bestand (maar een apparaat, pipe of socket)',
  'hardening.files.tooLarge': 'kan "{path}" niet lezen: het is groter dan {limit, number} MB, het maximum dat Pledge voor één overeenkomst leest',
  'hardening.fix.outside': '{file} wordt niet gecorrigeerd: het is een koppeling naar een bestand buiten de gecontroleerde map',
  'hardening.fix.readOnly': 'kan de correcties niet naar {file} schrijven: het bestand is alleen-lezen',
  'hardening.fix.unwritable': 'kan de correcties niet naar {file} schrijven: {reason}',
} satisfies Record<keyof typeof en, string>;
