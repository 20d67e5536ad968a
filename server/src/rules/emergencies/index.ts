// The rules of this family, in id order.

import type { Rule } from '../types';
import PL201 from './PL201-missing-emergency';
import PL202 from './PL202-emergency-within-hours';
import PL203 from './PL203-emergency-without-voice';
import PL204 from './PL204-procedure-before-action';
import PL205 from './PL205-emergency-slower-than-top-priority';
import PL206 from './PL206-missing-escalation';
import PL207 from './PL207-escalation-order';
import PL208 from './PL208-late-escalation';
import PL209 from './PL209-one-party-escalation';

export const rules: Rule<any>[] = [PL201, PL202, PL203, PL204, PL205, PL206, PL207, PL208, PL209];
