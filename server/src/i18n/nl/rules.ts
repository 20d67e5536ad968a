import type en from '../en/rules';

// Teksten van de regels. Vaktermen: leverancier (provider), opdrachtgever
// (customer), servicetijden (support), calamiteitenregeling (emergency
// clause), storing en toegestane storingstijd (downtime, downtime budget),
// responstijd, oplostijd, escalatieladder, creditering, opzegtermijn,
// evaluatie (review), resultaat- en inspanningsverplichting.
// Tekst zoals die in de overeenkomst staat (`4 hours`, `Office`) blijft
// Pledge-broncode en staat tussen backticks. Het Engels kiest `a`/`an` met
// `vowel`; het Nederlands zegt altijd `een`.

export default {
  // Gedeelde onderdelen
  'rules.period': '{period, select, week {week} month {maand} quarter {kwartaal} other {jaar}}',
  'rules.common.promise': '{percent} per {period}',
  'rules.common.promiseDuringSupport': '{percent} van de servicetijd per {period}',
  'rules.common.allows': '{promise} staat {downtime} storing toe',
  'rules.common.durationAsWritten': '`{text}` ({minutes})',
  'rules.common.role': '{role, select, provider {leverancier} other {opdrachtgever}} `{name}`',
  'rules.common.thisPriority': 'deze prioriteit',
  'rules.common.topPriority': 'de hoogste prioriteit',
  'rules.common.thisService': 'deze dienst',
  'rules.common.theService': 'de dienst',
  'rules.common.theParty': 'de partij',
  'rules.common.thisKpi': 'deze KPI',
  'rules.common.supportHours': 'de servicetijden',
  'rules.common.level': 'niveau {level}',
  'rules.fix.setAvailability.threshold': 'Zet de beschikbaarheid op {percent} (de hoogste waarde onder de {threshold} die als extreem geldt)',
  'rules.fix.setAvailability.resolve': 'Zet de beschikbaarheid op {percent} (het hoogste wat de oplostijd van {priority}, {duration}, toelaat)',
  'rules.fix.setAvailability.gap': 'Zet de beschikbaarheid op {percent} (het hoogste wat {vowel, select, other {een}} gat van {gap} toelaat)',
  'rules.fix.counterObligation': 'Voeg een tegenverplichting voor `{party}` toe',
  'rules.fix.describeObligation': 'Beschrijf waartoe {party} zich verplicht',

  // Optiewaarden in de configuratie
  'rules.option.duration': 'verwacht een duur zoals "30 days" of "4 hours"',
  'rules.option.percent': 'verwacht een percentage boven 0 en hoogstens 100, zoals 99.95',
  'rules.option.integer': 'verwacht een geheel getal van minstens 1',
  'rules.option.number': 'verwacht een getal boven 0',

  // Structuur
  'rules.PL000.description': 'Een regel is mislukt bij het controleren van het bestand; de bevindingen van die regel ontbreken.',
  'rules.PL000.why': 'Een regel die stil mislukt, laat een overeenkomst slagen voor een controle die nooit is uitgevoerd.',

  'rules.PL001.description': 'De tekst voldoet niet aan de grammatica van de taal.',
  'rules.PL001.why': 'Een bepaling die de analyse niet kan lezen, is een bepaling waar niemand op kan bouwen.',

  'rules.PL002.description': 'De naam van een partij, contactpersoon, kalender, dienst of verplichting verwijst nergens naar.',
  'rules.PL002.why': 'Een belofte aan of van iemand die niet in de overeenkomst voorkomt, bindt niemand.',
  'rules.PL002.fix.party': 'Declareer partij `{name}`',
  'rules.PL002.fix.calendar': 'Declareer kalender `{name}` (kantoortijden)',
  'rules.PL002.fix.obligation': 'Declareer verplichting `{name}` van `{party}`',
  'rules.PL002.fix.contact': 'Declareer contactpersoon `{name}` van `{party}`',
  'rules.PL002.fix.qualify': 'Schrijf `{qualified}`',

  'rules.PL003.description': 'Een naam is twee keer gedeclareerd in hetzelfde bereik, of een bepaling die één keer mag voorkomen staat er twee keer.',
  'rules.PL003.why': 'Twee antwoorden op één vraag laten elke partij vrij om het antwoord te kiezen dat haar het beste uitkomt.',
  'rules.PL003.firstDeclared': 'hier voor het eerst gedeclareerd',

  'rules.PL004.description':
    'Een percentage buiten 0–100, een onmogelijke datum of tijd, een venster dat eindigt voordat het begint, een termijn van nul of een niveau onder 1.',
  'rules.PL004.why': 'Een waarde die niet kan bestaan, maakt de bepaling eromheen betekenisloos.',
  'rules.PL004.startAt24': '`24:00` kan alleen het einde van een venster zijn; een venster begint tussen `00:00` en `23:59`',
  'rules.PL004.notTime': '`{time}` is geen tijdstip: gebruik `00:00` tot en met `23:59` (en `24:00` als einde van een venster)',
  'rules.PL004.percent': '{percent} is geen geldig percentage: het moet boven 0% liggen en hoogstens 100% zijn',
  'rules.PL004.date': '{date} bestaat niet op de kalender',
  'rules.PL004.window':
    'het venster eindigt om {end}, en dat is niet na het begin om {start}; een venster kan niet over middernacht lopen: splits het in tweeën (bijv. `22:00-24:00` en `00:00-06:00`)',
  'rules.PL004.level': 'niveau {level} is ongeldig: niveaus worden genummerd 1, 2, 3 …',
  'rules.PL004.timezone': '"{zone}" is geen bekende tijdzone (gebruik een naam zoals "Europe/Amsterdam")',
  'rules.PL004.zeroLimit': 'een termijn van `{duration}` is nooit te halen: geef een duur groter dan nul',

  'rules.PL005.description': 'Een overeenkomst zonder leverancier of opdrachtgever, of met dezelfde partij in beide rollen.',
  'rules.PL005.why': 'Een overeenkomst heeft twee kanten nodig: een die levert en een die afneemt.',
  'rules.PL005.noProvider': '{titled, select, yes {overeenkomst {title} noemt geen leverancier (`provider`)} other {de overeenkomst noemt geen leverancier (`provider`)}}',
  'rules.PL005.noCustomer': '{titled, select, yes {overeenkomst {title} noemt geen opdrachtgever (`customer`)} other {de overeenkomst noemt geen opdrachtgever (`customer`)}}',
  'rules.PL005.sameParty': '`{party}` is zowel leverancier als opdrachtgever: een overeenkomst heeft twee verschillende partijen nodig',
  'rules.PL005.namedProvider': 'hier als leverancier genoemd',

  'rules.PL006.description': 'De looptijd `effective … until …` eindigt voordat hij begint.',
  'rules.PL006.why': 'Een overeenkomst die eindigt voordat ze begint, is nooit van kracht.',
  'rules.PL006.endsBeforeStart': 'de looptijd eindigt op {until}, vóór de ingangsdatum {from}',
  'rules.PL006.startsHere': 'hier begint de looptijd',

  'rules.PL007.description': 'Een import die niet bestaat, geen `.pledge`-bestand is of buiten de werkmap valt.',
  'rules.PL007.why': 'Gedeelde definities die niet te vinden zijn, veranderen ongemerkt wat elke naam betekent.',
  'rules.PL007.unchecked':
    '{others, plural, =0 {`{name}` wordt} one {`{name}` en # andere naam worden} other {`{name}` en # andere namen worden}} niet gecontroleerd zolang de import niet gevonden wordt: ze staan mogelijk in het bedoelde bestand',
  'rules.PL007.fix.didYouMean': 'Bedoelde je `{path}`? Importeer dat bestand',

  'rules.PL008.description': 'Een onderdrukkingscommentaar dat niets onderdrukt.',
  'rules.PL008.why': 'Verouderde onderdrukkingen verbergen toekomstige problemen; haal ze weg zodra het probleem is opgelost.',

  // Te veel beloven
  'rules.PL101.description': 'Een beschikbaarheid van 100%: de belofte dat er nooit storing is.',
  'rules.PL101.why':
    'Niets draait 100% van de tijd; een belofte die per definitie wordt gebroken, schaadt het vertrouwen meer dan een bescheiden belofte.',
  'rules.PL101.message': '{promise} staat {downtime} storing toe: één incident, update of herstart en de belofte is gebroken',

  'rules.PL102.description': 'Een beschikbaarheid op of boven de drempel (standaard 99,99%), maar onder 100%.',
  'rules.PL102.why':
    'Een paar minuten storing per maand laten geen ruimte voor één echt incident; zo’n belofte wordt gehouden door geluk, niet door ontwerp.',
  'rules.PL102.option.threshold': 'Beschikbaarheid (in procenten) vanaf waar een belofte als extreem geldt.',
  'rules.PL102.message': '{promise} staat maar {downtime} storing toe; dat is {threshold} of meer, een niveau dat weinig diensten waarmaken',

  'rules.PL103.description': 'De toegestane storingstijd per periode is kleiner dan de nominale oplostijd van de hoogste prioriteit van de dienst.',
  'rules.PL103.why':
    'Eén incident dat binnen de afgesproken oplostijd wordt opgelost, breekt de beschikbaarheidsbelofte al: de twee beloften spreken elkaar tegen.',
  'rules.PL103.priority': 'een {priority}',
  'rules.PL103.message': '{promise} staat {downtime} storing toe, maar {priority} mag {duration} duren om op te lossen ({minutes})',
  'rules.PL103.resolvedWithin': '{priority} wordt opgelost binnen `{duration}` ({minutes})',
  'rules.PL103.fix.effort': 'Maak de oplostijd van {priority} een inspanningsverplichting (`as effort`)',

  'rules.PL104.description':
    'De beschikbaarheid geldt niet alleen `during support`, de servicetijden zijn niet 24x7, en het langste tijdvak dat noch door de servicetijden noch door het `reachable`-schema van een calamiteitenregeling wordt gedekt, is langer dan de toegestane storingstijd.',
  'rules.PL104.why':
    'Een storing die begint als niemand bereikbaar is, duurt tot er weer iemand is; 24-uursbeschikbaarheid met een servicedesk die alleen tijdens kantooruren werkt, is per definitie niet waar te maken.',
  'rules.PL104.message':
    '{supported, select, yes {de servicetijden laten} other {zonder `support`-bepaling laat de dienst}} {vowel, select, other {een}} {gap} open waarin niemand voor calamiteiten bereikbaar is; de toegestane storingstijd is {budget} per {period}',
  'rules.PL104.supportCovers': 'de servicetijden beslaan {hours} per week',

  'rules.PL105.description': 'Onderhoud telt mee als storing en kost per periode meer tijd dan de toegestane storingstijd.',
  'rules.PL105.why': 'Alleen al het geplande onderhoud breekt de beschikbaarheidsbelofte, nog voordat er één incident is geweest.',
  'rules.PL105.message':
    'onderhoud kost {perWeek} per week, {perPeriod} per {period}, maar {promise} staat {budget} storing toe; voeg `excluding maintenance` toe of plan minder onderhoud',
  'rules.PL105.countsHere': 'hier telt onderhoud als storing (geen `excluding maintenance`)',
  'rules.PL105.fix.excluding': 'Voeg `excluding maintenance` toe (gepland onderhoud telt dan niet meer als storing)',

  'rules.PL106.description': '`max downtime` wijkt meer dan 10% af van de toegestane storingstijd die uit het percentage volgt.',
  'rules.PL106.why': 'Twee getallen voor dezelfde belofte lokken een geschil uit over welk getal telt.',
  'rules.PL106.message':
    '`max downtime {max}` ({maxMinutes}) wijkt af van de {budget} die {promise} toestaat{share, select, times { ({ratio} keer zoveel)} more { ({percent}% meer)} less { ({percent}% minder)} other {}}; noem één getal',

  'rules.PL107.description': 'De oplostijd van een prioriteit is korter dan de responstijd (nominaal).',
  'rules.PL107.why': 'Een incident kan niet zijn opgelost voordat iemand erop heeft gereageerd; een van de twee getallen klopt niet.',
  'rules.PL107.message':
    '{priority} moet binnen `{resolve}` ({resolveMinutes}) zijn opgelost, maar de responstijd is `{respond}` ({respondMinutes}): de melding zou zijn opgelost voordat iemand reageert',
  'rules.PL107.respondWithin': 'responstijd `{respond}` ({minutes})',
  'rules.PL107.fix.swap': 'Wissel respons- en oplostijd om (`respond within {newRespond}`, `resolve within {newResolve}`)',

  'rules.PL108.description': 'Een urgentere prioriteit heeft een langere respons- of oplostijd dan een minder urgente (nominaal).',
  'rules.PL108.why': 'Als een klein probleem sneller wordt afgehandeld dan een groot, zeggen de prioriteiten het tegendeel van wat ze bedoelen.',
  'rules.PL108.message':
    '{priority} is minder urgent dan {other}, maar heeft een kortere {kind, select, respond {responstijd} other {oplostijd}}: hier {minutes}, bij {other} {otherMinutes}',
  'rules.PL108.related': '{priority}: {kind, select, respond {responstijd} other {oplostijd}} `{duration}` ({minutes})',

  'rules.PL109.description': 'Een KPI-norm van `at least 100%` of `at most 0`.',
  'rules.PL109.why':
    'Een norm die geen enkele misser toestaat, wordt de eerste keer dat er iets misgaat al niet gehaald, en zegt daarna niets meer over hoe goed de dienst loopt.',
  'rules.PL109.message':
    '{kpi} heeft als norm `{target}`: {direction, select, atLeast {er mag niets worden gemist} other {er mag niets voorkomen}}, dus één uitzondering en de KPI is niet gehaald; kies een norm die haalbaar is',

  'rules.PL110.description': 'Bij een beschikbaarheid of KPI staat geen `measured by`.',
  'rules.PL110.why': 'Een belofte zonder afgesproken meting is niet te controleren: als het erop aankomt, komen beide partijen met hun eigen cijfers.',
  'rules.PL110.availability': 'bij de beschikbaarheid van {service} staat geen `measured by`: leg vast wiens meting telt',
  'rules.PL110.kpi': 'bij {named, select, yes {KPI {name}} other {deze KPI}} staat geen `measured by`: leg vast wiens meting telt',
  'rules.PL110.fix.measuredBy': 'Voeg `measured by "…"` toe (leg vast wiens meting telt)',
  'rules.PL110.fix.source': 'Beschrijf de meting die beide partijen aanvaarden',

  'rules.PL111.description':
    'De tekst van een verplichting of remedie gebruikt absolute woorden zoals altijd, nooit, alle, gegarandeerd of 100% (ook in het Engels).',
  'rules.PL111.why': 'Absolute woorden beloven wat niemand in de hand heeft; de eerste uitzondering breekt de belofte en daarmee het vertrouwen.',
  'rules.PL111.message':
    '`{word}` is een absoluut woord: het belooft zonder uitzondering, en de eerste uitzondering breekt die belofte; zeg wat er wordt beloofd, hoeveel en wanneer',

  'rules.PL112.description': 'Een verplichting `as result` heeft geen termijn (`every`, `within` of `by`).',
  'rules.PL112.why': 'Een resultaat zonder moment is niet te controleren: het is nooit te laat, en dus ook nooit geleverd.',
  'rules.PL112.message':
    '{named, select, yes {verplichting {name}} other {deze verplichting}} is een resultaatverplichting van {party}, maar zegt niet wanneer of hoe vaak (`every`, `within` of `by`), dus niemand kan nagaan of het resultaat is geleverd',
  'rules.PL112.fix.deadline': 'Voeg de termijn `{deadline}` toe (een beginwaarde: vul het moment in dat beide partijen kunnen controleren)',
  'rules.PL112.fix.effort': 'Maak er een inspanningsverplichting van (`as effort`)',

  'rules.PL113.description': 'De klok van een prioriteit start `from diagnosis`: de leverancier bepaalt zelf wanneer zijn belofte ingaat.',
  'rules.PL113.why': 'Een belofte waarvan de belovende partij zelf het begin kiest, is op papier altijd na te komen, wat de opdrachtgever ook ervaart.',
  'rules.PL113.message':
    'de klok van {priority} start bij de diagnose, een moment dat de leverancier zelf kiest; laat hem starten bij de melding van de opdrachtgever of bij detectie',
  'rules.PL113.fix.report': 'Laat de klok starten bij de melding (`clock from report`)',

  // Calamiteiten en escalatie
  'rules.PL201.description': 'Een dienst zonder 24x7-servicetijden heeft geen calamiteitenregeling.',
  'rules.PL201.why':
    'Ook buiten de servicetijden moet er iemand opnemen als alles in brand staat; zonder calamiteitenregeling heeft niemand dat beloofd.',
  'rules.PL201.supportGap':
    'de servicetijden `{schedule}` laten {vowel, select, other {een}} {gap} open, en er is geen calamiteitenregeling die zegt wie er dan opneemt',
  'rules.PL201.noSupport':
    'dienst `{service}` heeft helemaal geen servicetijden ({hours} per week onbemand) en er is geen calamiteitenregeling die zegt wie er dan opneemt',
  'rules.PL201.fix.insert': 'Voeg een calamiteitenregeling voor `{service}` toe (24x7 telefonisch via {via}, `respond within {respond}`)',

  'rules.PL202.description': 'Het `reachable`-schema van een calamiteitenregeling voegt geen tijd toe aan de servicetijden van de dienst.',
  'rules.PL202.why':
    'Een calamiteitennummer dat alleen onder kantoortijd opneemt, is de servicedesk onder een andere naam: de nacht en het weekend blijven onbemand.',
  'rules.PL202.noReachable':
    'de calamiteitenregeling voor `{service}` heeft geen `reachable`-schema en voegt dus niets toe aan de servicetijden (het langste gat blijft {gap})',
  'rules.PL202.alwaysSupported':
    'de calamiteitenregeling voor `{service}` voegt geen tijd toe: de servicetijden zijn al 24x7, dus de servicedesk zelf is het calamiteitennummer',
  'rules.PL202.withinSupport':
    'de calamiteitenregeling voor `{service}` is {reachable} per week bereikbaar, volledig binnen de {supported} servicetijd: ze voegt niets toe aan de servicetijden, dus het langste gat blijft {gap}',
  'rules.PL202.alsoWithinSupport': 'ook binnen de servicetijden',

  'rules.PL203.description':
    'De calamiteitenregeling is `reachable … via` een ander kanaal dan `phone`, of noemt een contactpersoon zonder telefoonnummer.',
  'rules.PL203.why':
    'Bij een calamiteit heb je iemand nodig die nú opneemt; een mailbox, portaal of chatwachtrij antwoordt pas als iemand eraan toekomt.',
  'rules.PL203.channel':
    'calamiteitencontact `{contact}` is bereikbaar via `{channel}`, niet via `phone`{noPhone, select, yes {, en `{contact}` heeft niet eens een telefoonnummer} other {}}: bij een calamiteit moet er een mens opnemen',
  'rules.PL203.noPhone': 'calamiteitencontact `{contact}` heeft geen telefoonnummer: niemand kan bellen als het erop aankomt',
  'rules.PL203.declared': 'contactpersoon `{contact}` wordt hier gedeclareerd',
  'rules.PL203.fix.phone': 'Bereik `{contact}` telefonisch (`phone`)',
  'rules.PL203.fix.instead': 'Bereik in plaats daarvan `{contact}` telefonisch (`phone`): die heeft een telefoonnummer',
  'rules.PL203.fix.addPhone': '{channel, select, yes {Bereik `{contact}` telefonisch (`phone`) en voeg een telefoonnummer toe} other {Voeg een telefoonnummer toe aan `{contact}`}}',

  'rules.PL204.description': 'Een calamiteitenregeling heeft een `precondition`.',
  'rules.PL204.why': 'Wie op een brandend dak staat, heeft eerst actie nodig; het papierwerk kan achteraf.',
  'rules.PL204.message':
    'de calamiteitenregeling voor `{service}` eist `{precondition}` voordat iemand in actie komt: bij een calamiteit eerst handelen, de procedure volgt achteraf',
  'rules.PL204.fix.afterwards': 'Maak van `precondition` een `afterwards`',

  'rules.PL205.description': 'De responstijd bij calamiteiten is langer dan de responstijd van de hoogste prioriteit.',
  'rules.PL205.why':
    'Een calamiteit is minstens zo urgent als het ergste gewone incident; wie er trager op reageert, maakt van het calamiteitennummer een omweg.',
  'rules.PL205.message': 'de responstijd bij calamiteiten, {emergency}, is langer dan die van {priority}: {top}',
  'rules.PL205.respondsWithin': 'responstijd van {priority}: `{duration}`',
  'rules.PL205.fix.topRespond': 'Reageer op calamiteiten binnen `{duration}`, even snel als {priority}',

  'rules.PL206.description': 'Een dienst met prioriteiten heeft geen escalatieladder.',
  'rules.PL206.why': 'Respons- en oplostijden helpen alleen als beide partijen weten wie ze daarna moeten bellen wanneer een termijn wordt overschreden.',
  'rules.PL206.message':
    'dienst `{service}` belooft {count, plural, one {# prioriteit} other {# prioriteiten}} ({names}), maar heeft geen escalatieladder: niemand weet wie er gebeld moet worden als een termijn wordt overschreden',
  'rules.PL206.fix.insert': 'Voeg een escalatieladder voor `{service}` toe ({ladder})',

  'rules.PL207.description':
    'De escalatieniveaus zijn niet op volgorde genummerd als 1, 2, 3 …, of hun `after`-tijden lopen niet strikt op.',
  'rules.PL207.why':
    'Een ladder beklim je sport voor sport: overgeslagen nummers of een hoger niveau dat eerder begint, laten mensen raden wie de volgende is.',
  'rules.PL207.numbering': 'de escalatieniveaus zijn genummerd {written}: ze moeten op volgorde van 1 tot en met {count} lopen',
  'rules.PL207.fix.renumber': 'Nummer de niveaus opnieuw van 1 tot en met {count}',
  'rules.PL207.fix.reorder': 'Zet de niveaus op volgorde van hun `after`-tijd en nummer ze van 1 tot en met {count}',
  'rules.PL207.notLater':
    '{level} begint na {after}, niet later dan {previous} na {previousAfter}: elk niveau moet later beginnen dan het vorige',

  'rules.PL208.description': 'Het eerste escalatieniveau boven 1 begint pas na de oplostijd van de hoogste prioriteit.',
  'rules.PL208.why':
    'Als de eerste escalatie na de oplostijd komt, is de belofte al gebroken voordat iemand met meer zeggenschap ervan hoort.',
  'rules.PL208.message':
    'niveau {level} begint na {after}, maar {priority} moet binnen {resolve} zijn opgelost: de belofte is al gebroken voordat iemand escaleert',
  'rules.PL208.resolveTime': 'oplostijd van {priority}',

  'rules.PL209.description': 'Alle contactpersonen op de escalatieladder horen bij de leverancier: de opdrachtgever zit nooit aan tafel.',
  'rules.PL209.why':
    'Escaleren tussen partners betekent dat beide kanten elkaar treffen; een ladder die binnen de leverancier blijft, lost problemen op zonder de opdrachtgever.',
  'rules.PL209.message':
    '{count, plural, one {het enige escalatieniveau is een contactpersoon} =2 {beide escalatieniveaus zijn contactpersonen} other {alle # escalatieniveaus zijn contactpersonen}} van leverancier `{provider}` ({names}): {named, select, yes {opdrachtgever `{customer}`} other {de opdrachtgever}} zit nooit aan tafel',

  // Evenwicht
  'rules.PL301.description': 'De opdrachtgever heeft geen expliciete verplichting, of de leverancier heeft geen expliciete verplichting en geen dienst.',
  'rules.PL301.why':
    'Een overeenkomst tussen gelijkwaardige partners vraagt iets van beide kanten; een partij die niets verplicht is, kun je nergens aan houden.',
  'rules.PL301.customerOwesNothing':
    'opdrachtgever `{customer}` heeft 0 expliciete verplichtingen, terwijl leverancier `{provider}` {obligations, plural, one {# expliciete verplichting} other {# expliciete verplichtingen}} en {services, plural, one {# dienst} other {# diensten}} op zich neemt: leg vast waartoe `{customer}` zich daartegenover verplicht',
  'rules.PL301.providerOwesNothing':
    'leverancier `{provider}` heeft 0 expliciete verplichtingen en 0 diensten: de overeenkomst zegt niet wat `{provider}` levert',

  'rules.PL302.description': 'Een dienst heeft `capacity … bought by X`, maar hangt niet af (`depends on`) van een verplichting van X.',
  'rules.PL302.why':
    'Als de opdrachtgever de capaciteit inkoopt, moet de leverancier hem eraan kunnen houden dat hij genoeg inkoopt; daarvoor is een vastgelegde verplichting nodig.',
  'rules.PL302.message':
    '`{service}` draait op capaciteit die `{buyer}` inkoopt, maar hangt van geen enkele verplichting van `{buyer}` af{others, plural, =0 {} one { (de enige `depends on`-bepaling noemt een verplichting van een andere partij)} other { (de # `depends on`-bepalingen noemen verplichtingen van andere partijen)}}: niets verplicht `{buyer}` om genoeg in te kopen',
  'rules.PL302.capacityClause': 'de capaciteitsbepaling',
  'rules.PL302.forecast': 'Lever een capaciteitsprognose voor {service}',
  'rules.PL302.fix.addObligation': 'Voeg verplichting `{name}` voor `{buyer}` toe en laat de dienst ervan afhangen',

  'rules.PL303.description': 'Slechts één partij heeft een opzeggingsrecht, of de ene opzegtermijn is meer dan twee keer zo lang als de andere.',
  'rules.PL303.why': 'Een partner die naar believen kan vertrekken, of veel eerder dan de ander, houdt de relatie in gijzeling.',
  'rules.PL303.onlyOne': 'alleen `{party}` mag de overeenkomst opzeggen: `{other}` heeft geen opzeggingsrecht (`termination`)',
  'rules.PL303.notice': '`{notice}` ({duration})',
  'rules.PL303.noNotice': 'nihil (0 min)',
  'rules.PL303.longer':
    'de opzegtermijn van `{longer}` is {longerNotice}, die van `{shorter}` {shorterNotice}: meer dan twee keer zo lang ({longerDuration} > 2 × {shorterDuration})',
  'rules.PL303.terminationRight': 'het opzeggingsrecht van `{party}`',
  'rules.PL303.fix.same': 'Geef `{party}` hetzelfde opzeggingsrecht: `termination {party}{notice, select, yes { notice {duration}} other {}}`',

  'rules.PL304.description': '`change by` noemt één enkele partij.',
  'rules.PL304.why': 'Voorwaarden die één partij alleen mag wijzigen, zijn geen afspraak tussen gelijken maar een belofte die kan worden ingetrokken.',
  'rules.PL304.message': 'alleen `{party}` mag de overeenkomst wijzigen: de andere partij heeft niets te zeggen over wijzigingen in de voorwaarden',
  'rules.PL304.fix.both': 'Wijzig in `change by both`',

  'rules.PL305.description': 'Crediteringen zijn de enige remedie (`sole remedy`).',
  'rules.PL305.why': 'Gemaximeerde crediteringen als enige remedie laten een leverancier zich uitkopen bij elk falen, hoe groot de schade ook is.',
  'rules.PL305.message':
    'de crediteringen voor {named, select, yes {`{service}`} other {de dienst}} zijn de enige remedie: hoe groot de schade ook is, de opdrachtgever kan niets claimen bovenop die crediteringen',
  'rules.PL305.fix.drop': 'Verwijder `sole remedy` (crediteringen komen dan bovenop andere aanspraken)',

  'rules.PL306.description': 'Een lagere beschikbaarheidsdrempel levert geen strikt hogere creditering op.',
  'rules.PL306.why': 'Een slechtere maand die dezelfde of een lagere creditering oplevert, beloont verder falen.',
  'rules.PL306.message':
    'onder {threshold} is de creditering {credit}, niet meer dan de {higherCredit} onder {higherThreshold}: een lagere drempel moet een strikt hogere creditering opleveren',
  'rules.PL306.creditBelow': 'de creditering onder {threshold}',

  'rules.PL307.description': 'De hoogste `below`-drempel ligt onder de beschikbaarheidsnorm.',
  'rules.PL307.why':
    'Tussen de norm en de eerste creditering is de belofte gebroken zonder dat er iets volgt; de norm is dan niet echt beloofd.',
  'rules.PL307.message':
    '`{service}` belooft {target}, maar de eerste creditering begint pas onder {threshold}: tussen {threshold} en {target} is de belofte gebroken en volgt er niets',
  'rules.PL307.target': 'de beschikbaarheidsnorm',

  'rules.PL308.description': '`claim within` is korter dan `min-claim` (standaard 30 dagen), of storingstijd telt pas vanaf de melding (`counted from report`).',
  'rules.PL308.why':
    'Crediteringen die de opdrachtgever haastig moet aanvragen, of storingstijd die pas telt als de opdrachtgever de storing meldt, leggen de bewijslast bij de opdrachtgever.',
  'rules.PL308.option.min-claim': 'De kortste aanvaardbare termijn om een creditering aan te vragen.',
  'rules.PL308.claim':
    'crediteringen voor `{service}` moeten binnen `{claim}` worden aangevraagd{business, select, yes { ({duration} servicetijd)} other {}}, korter dan de `{min}` die een opdrachtgever nodig heeft om een tekortkoming op te merken, vast te leggen en te claimen (min-claim)',
  'rules.PL308.fromReport':
    'storingstijd van `{service}` telt pas vanaf de melding door de opdrachtgever: een storing die de leverancier al heeft gedetecteerd, telt niet mee totdat de opdrachtgever die opmerkt en meldt',
  'rules.PL308.fix.claim': 'Sta claims toe binnen `{duration}` (de minimale claimtermijn, min-claim)',
  'rules.PL308.fix.detection': 'Tel storingstijd vanaf de detectie (`counted from detection`)',

  'rules.PL309.description': 'KPI’s worden alleen van de ene partij aan de andere gerapporteerd en er is geen evaluatie `by both`.',
  'rules.PL309.why':
    'Cijfers die maar één kant op gaan en nooit samen worden besproken, informeren wel, maar leiden niet tot een gedeeld beeld van hoe de dienstverlening loopt.',
  'rules.PL309.message':
    '{count, plural, one {de enige KPI-rapportage gaat} =2 {beide KPI-rapportages gaan} other {alle # KPI-rapportages gaan}} van `{from}` naar `{to}` en er is geen evaluatie `by both`: de cijfers worden nooit samen besproken',
  'rules.PL309.alsoReported': 'ook gerapporteerd door `{from}` aan `{to}`',
  'rules.PL309.review': 'de evaluatie, niet door beide partijen',

  'rules.PL310.description': 'De overeenkomst heeft geen evaluatie (`review`), of een evaluatie door één partij.',
  'rules.PL310.why':
    'Partners die samen evalueren, leren waar de dienstverlening en de overeenkomst tekortschieten; wie alleen evalueert, oordeelt alleen maar.',
  'rules.PL310.noReview':
    '{titled, select, yes {overeenkomst "{title}"} other {de overeenkomst}} heeft geen evaluatie (`review`): de partijen evalueren de dienstverlening en de overeenkomst nooit samen',
  'rules.PL310.fix.insert': 'Voeg `review every quarter by both` toe',
  'rules.PL310.alone': 'alleen `{party}` evalueert: de andere partij heeft geen rol in de evaluatie van de dienstverlening',
  'rules.PL310.fix.both': 'Wijzig in `review … by both`',

  'rules.PL311.description':
    'De ene partij heeft minstens `ratio` (standaard 5) keer zoveel expliciete verplichtingen als de andere, en de andere heeft er minstens één.',
  'rules.PL311.why':
    'Als bijna alle plichten aan één kant liggen, leest de overeenkomst als een lijst eisen in plaats van een partnerschap.',
  'rules.PL311.option.ratio': 'Hoeveel keer zoveel verplichtingen één partij mag dragen voordat de onbalans wordt gemeld.',
  'rules.PL311.message':
    '{heavy} heeft {heavyCount, plural, one {# expliciete verplichting} other {# expliciete verplichtingen}}, {light} {lightCount}: {times} keer zoveel (ratio {ratio})',
} satisfies Record<keyof typeof en, string>;
