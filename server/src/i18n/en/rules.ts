// Texts of the rules: what each rule checks and why, its findings, related
// locations, quick-fix titles and option descriptions. Keys are
// `rules.<id>.<part>`; pieces shared by several rules are `rules.common.*`.
// `vowel` is `yes` when the number after the article is read with a vowel
// sound ("an 86 h gap").

export default {
  // Shared pieces
  'rules.period': '{period, select, week {week} month {month} quarter {quarter} other {year}}',
  'rules.common.promise': '{percent} per {period}',
  'rules.common.promiseDuringSupport': '{percent} of support time per {period}',
  'rules.common.allows': '{promise} allows {downtime} of downtime',
  'rules.common.durationAsWritten': '{text} ({minutes})',
  'rules.common.role': '{role, select, provider {the provider} other {the customer}} `{name}`',
  'rules.common.thisPriority': 'this priority',
  'rules.common.topPriority': 'the top priority',
  'rules.common.thisService': 'this service',
  'rules.common.theService': 'the service',
  'rules.common.theParty': 'the party',
  'rules.common.thisKpi': 'this KPI',
  'rules.common.supportHours': 'the support hours',
  'rules.common.level': 'level {level}',
  'rules.fix.setAvailability.threshold': 'Set availability to {percent} (the highest value below the {threshold} that counts as extreme)',
  'rules.fix.setAvailability.resolve': "Set availability to {percent} (the most {priority}'s resolve time of {duration} allows)",
  'rules.fix.setAvailability.gap': 'Set availability to {percent} (the most {vowel, select, yes {an} other {a}} {gap} gap allows)',
  'rules.fix.counterObligation': 'Insert a counter-obligation for `{party}`',
  'rules.fix.describeObligation': 'Describe what {party} owes',

  // Option values in configuration
  'rules.option.duration': 'expected a duration such as "30 days" or "4 hours"',
  'rules.option.percent': 'expected a percentage above 0 and at most 100, such as 99.95',
  'rules.option.integer': 'expected a whole number of at least 1',
  'rules.option.number': 'expected a number above 0',

  // Structure
  'rules.PL000.description': 'A rule failed while checking the file, so its findings are missing.',
  'rules.PL000.why': 'A rule that fails silently would let an agreement pass a check it was never given.',

  'rules.PL001.description': 'The text does not match the grammar of the language.',
  'rules.PL001.why': 'A clause the analyser cannot read is a clause nobody can rely on.',

  'rules.PL002.description': 'A party, contact, calendar, service or obligation name does not resolve.',
  'rules.PL002.why': 'A promise made to or by someone who is not in the agreement binds nobody.',
  'rules.PL002.fix.party': 'Declare party `{name}`',
  'rules.PL002.fix.calendar': 'Declare calendar `{name}` (office hours)',
  'rules.PL002.fix.obligation': 'Declare obligation `{name}` of `{party}`',
  'rules.PL002.fix.contact': 'Declare contact `{name}` of `{party}`',
  'rules.PL002.fix.qualify': 'Write `{qualified}`',

  'rules.PL003.description': 'A name is declared twice in one scope, or a once-only clause appears twice.',
  'rules.PL003.why': 'Two answers to one question leave each party free to pick the one it prefers.',
  'rules.PL003.firstDeclared': 'first declared here',

  'rules.PL004.description':
    'A percentage outside 0–100, an impossible date or time, a window that ends before it starts, a zero limit, or a level below 1.',
  'rules.PL004.why': 'A value that cannot exist makes the clause around it meaningless.',
  'rules.PL004.startAt24': '`24:00` can only end a window; a window starts at `00:00` to `23:59`',
  'rules.PL004.notTime': '`{time}` is not a time of day: use `00:00` to `23:59` (and `24:00` to end a window)',
  'rules.PL004.percent': '{percent} is not a valid percentage: it must be above 0% and at most 100%',
  'rules.PL004.date': '{date} is not a date on the calendar',
  'rules.PL004.window':
    'the window ends at {end}, which is not after its start {start}; a window cannot cross midnight: split it in two (e.g. `22:00-24:00` and `00:00-06:00`)',
  'rules.PL004.level': 'level {level} is not valid: levels are numbered 1, 2, 3 …',
  'rules.PL004.timezone': '"{zone}" is not a known time zone (use a name such as "Europe/Amsterdam")',
  'rules.PL004.zeroLimit': 'a limit of {duration} can never be met: give a duration above zero',

  'rules.PL005.description': 'An agreement without a provider or a customer, or with the same party in both roles.',
  'rules.PL005.why': 'An agreement needs two sides: one that delivers and one that receives.',
  'rules.PL005.noProvider': '{titled, select, yes {agreement {title} names no `provider`} other {agreement names no `provider`}}',
  'rules.PL005.noCustomer': '{titled, select, yes {agreement {title} names no `customer`} other {agreement names no `customer`}}',
  'rules.PL005.sameParty': '`{party}` is both provider and customer: an agreement needs two different parties',
  'rules.PL005.namedProvider': 'named as provider here',

  'rules.PL006.description': 'The term `effective … until …` ends before it starts.',
  'rules.PL006.why': 'An agreement that ends before it begins is never in force.',
  'rules.PL006.endsBeforeStart': 'the term ends on {until}, before it starts on {from}',
  'rules.PL006.startsHere': 'the term starts here',

  'rules.PL007.description': 'An import that does not exist, is not a `.pledge` file, or leaves the workspace folder.',
  'rules.PL007.why': 'Shared definitions that cannot be found silently change what every name means.',
  'rules.PL007.unchecked':
    '{others, plural, =0 {`{name}` is} one {`{name}` and # other name are} other {`{name}` and # other names are}} not checked while the import is unresolved: they may be declared in the file it meant',
  'rules.PL007.fix.didYouMean': 'Did you mean `{path}`? Import that file',

  'rules.PL008.description': 'A suppression comment that suppresses nothing.',
  'rules.PL008.why': 'Stale suppressions hide future problems; remove them once the problem is gone.',

  // Over-promising
  'rules.PL101.description': 'An availability of 100%: a promise of no downtime at all.',
  'rules.PL101.why': 'Nothing runs 100% of the time; a promise that is broken by design weakens trust more than a modest one.',
  'rules.PL101.message': '{promise} allows {downtime} of downtime: a single incident, update or restart breaks the promise',

  'rules.PL102.description': 'An availability at or above the threshold (default 99.99%) but below 100%.',
  'rules.PL102.why':
    'A few minutes of downtime a month leave no room for a single real incident; such a promise is kept by luck, not by design.',
  'rules.PL102.option.threshold': 'Availability (in percent) from which a promise counts as extreme.',
  'rules.PL102.message': '{promise} allows only {downtime} of downtime, at or above the {threshold} that few services can keep',

  'rules.PL103.description': "The downtime budget per period is smaller than the nominal resolve time of the service's top priority.",
  'rules.PL103.why':
    'One incident handled within the agreed resolve time already breaks the availability promise: the two promises contradict each other.',
  'rules.PL103.priority': '{priority}',
  'rules.PL103.message': '{promise} allows {downtime} of downtime, but {priority} may take {duration} to resolve ({minutes})',
  'rules.PL103.resolvedWithin': '{priority} is resolved within {duration} ({minutes})',
  'rules.PL103.fix.effort': "State {priority}'s resolve time `as effort`",

  'rules.PL104.description':
    "Availability is not `during support`, support is not 24x7, and the longest stretch covered neither by support nor by an emergency clause's `reachable` schedule is longer than the downtime budget.",
  'rules.PL104.why':
    'An outage that starts when nobody can be reached lasts until someone is back; round-the-clock availability served by an office-hours desk is broken by design.',
  'rules.PL104.message':
    '{supported, select, yes {support leaves} other {without a `support` clause, the service leaves}} {vowel, select, yes {an} other {a}} {gap} with no emergency cover; the budget is {budget} per {period}',
  'rules.PL104.supportCovers': 'support covers {hours} a week',

  'rules.PL105.description': 'Maintenance counts against availability and takes more time per period than the downtime budget allows.',
  'rules.PL105.why': 'Planned maintenance alone would break the availability promise, before a single incident has happened.',
  'rules.PL105.message':
    'maintenance takes {perWeek} a week, {perPeriod} per {period}, but {promise} allows {budget} of downtime; add `excluding maintenance` or plan less maintenance',
  'rules.PL105.countsHere': 'maintenance counts as downtime here (no `excluding maintenance`)',
  'rules.PL105.fix.excluding': 'Add `excluding maintenance` (planned maintenance no longer counts as downtime)',

  'rules.PL106.description': '`max downtime` differs from the downtime budget implied by the percentage by more than 10%.',
  'rules.PL106.why': 'Two numbers for the same promise invite a dispute about which one counts.',
  'rules.PL106.message':
    '`max downtime {max}` ({maxMinutes}) differs from the {budget} that {promise} allows{share, select, times { ({ratio} times as much)} more { ({percent}% more)} less { ({percent}% less)} other {}}; state one number',

  'rules.PL107.description': "A priority's resolve time is shorter than its respond time (nominal).",
  'rules.PL107.why': 'An incident cannot be resolved before anyone has responded to it; one of the two numbers is wrong.',
  'rules.PL107.message':
    '{priority} is resolved within {resolve} ({resolveMinutes}) but responded to within {respond} ({respondMinutes}): it would be resolved before anyone responds',
  'rules.PL107.respondWithin': 'respond within {respond} ({minutes})',
  'rules.PL107.fix.swap': 'Swap respond and resolve times (respond within {newRespond}, resolve within {newResolve})',

  'rules.PL108.description': 'A more urgent priority has a longer respond or resolve time than a less urgent one (nominal).',
  'rules.PL108.why': 'When a minor issue is handled faster than a major one, the priorities say the opposite of what they mean.',
  'rules.PL108.message':
    '{priority} is less urgent than {other} but has a shorter {kind, select, respond {respond} other {resolve}} time: {minutes} here, {otherMinutes} for {other}',
  'rules.PL108.related': '{priority}: {kind, select, respond {respond} other {resolve}} within {duration} ({minutes})',

  'rules.PL109.description': 'A KPI target of `at least 100%` or `at most 0`.',
  'rules.PL109.why':
    'A target that allows not a single miss is missed the first time anything goes wrong, and then says nothing about how well the service runs.',
  'rules.PL109.message':
    '{kpi} targets `{target}`: {direction, select, atLeast {not a single miss} other {not a single occurrence}} is allowed, so one exception fails the KPI; set a target that can be kept',

  'rules.PL110.description': 'An availability or a KPI has no `measured by`.',
  'rules.PL110.why': 'A promise without an agreed measurement cannot be checked: when it matters, both parties bring their own numbers.',
  'rules.PL110.availability': 'the availability of {service} has no `measured by`: say whose measurement counts',
  'rules.PL110.kpi': '{named, select, yes {KPI {name}} other {this KPI}} has no `measured by`: say whose measurement counts',
  'rules.PL110.fix.measuredBy': 'Add `measured by "…"` (say whose measurement counts)',
  'rules.PL110.fix.source': 'Describe the measurement both parties accept',

  'rules.PL111.description':
    'An obligation or remedy text uses absolute words such as always, never, all, guarantee or 100% (also in Dutch).',
  'rules.PL111.why': 'Absolute words promise what nobody controls; the first exception breaks the promise and the trust with it.',
  'rules.PL111.message':
    '`{word}` is an absolute word: it promises without exception, and the first exception breaks it; say what is promised, how much and by when',

  'rules.PL112.description': 'An obligation `as result` has no timing (`every`, `within` or `by`).',
  'rules.PL112.why': 'A result without a moment cannot be checked: it is never late, so it is never kept either.',
  'rules.PL112.message':
    '{named, select, yes {obligation {name}} other {this obligation}} owes a result from {party} but says neither when nor how often (`every`, `within` or `by`), so nobody can tell whether it was delivered',
  'rules.PL112.fix.deadline': 'Add the deadline `{deadline}` (a starting value: set the moment both parties can check)',
  'rules.PL112.fix.effort': 'Make it an effort obligation (`as effort`)',

  'rules.PL113.description': "A priority's clock starts `from diagnosis`: the provider decides when its own promise starts.",
  'rules.PL113.why': 'A promise whose start the promising party chooses can always be kept on paper, whatever the customer experiences.',
  'rules.PL113.message':
    "{priority}'s clock starts at diagnosis, a moment the provider chooses; start it at the customer's report or at detection",
  'rules.PL113.fix.report': 'Start the clock at the report (`clock from report`)',

  // Emergencies and escalation
  'rules.PL201.description': 'A service whose support is not 24x7 has no emergency clause.',
  'rules.PL201.why':
    'Outside support hours someone must still answer when everything is on fire; without an emergency clause nobody has promised to.',
  'rules.PL201.supportGap':
    'support `{schedule}` leaves {vowel, select, yes {an} other {a}} {gap} and no emergency clause says who answers then',
  'rules.PL201.noSupport':
    'service `{service}` has no support hours at all ({hours} a week) and no emergency clause says who answers then',
  'rules.PL201.fix.insert': 'Insert an emergency clause for `{service}` (24x7 via {via} phone, respond within {respond})',

  'rules.PL202.description': "An emergency clause's `reachable` schedule adds no time beyond the service's support schedule.",
  'rules.PL202.why':
    'An emergency line that only answers during office hours is the service desk under another name: the night and the weekend stay uncovered.',
  'rules.PL202.noReachable':
    'the emergency clause for `{service}` has no `reachable` schedule, so it adds no time beyond support (the longest gap stays {gap})',
  'rules.PL202.alwaysSupported':
    'the emergency clause for `{service}` adds no time: support is already round the clock (24x7), so the service desk itself is the emergency line',
  'rules.PL202.withinSupport':
    'the emergency clause for `{service}` is reachable {reachable} a week, all within the {supported} of support: it adds no time beyond support, so the longest gap stays {gap}',
  'rules.PL202.alsoWithinSupport': 'also within support',

  'rules.PL203.description':
    'The emergency `reachable … via` uses a channel other than `phone`, or names a contact without a phone number.',
  'rules.PL203.why':
    'In an emergency you need a person who answers now; a mailbox, a portal or a chat queue answers when someone gets round to it.',
  'rules.PL203.channel':
    'the emergency contact `{contact}` is reached by `{channel}`, not by `phone`{noPhone, select, yes {, and `{contact}` has no phone number at all} other {}}: in an emergency a person must pick up',
  'rules.PL203.noPhone': 'the emergency contact `{contact}` has no phone number: nobody can call it when it matters',
  'rules.PL203.declared': 'contact `{contact}` is declared here',
  'rules.PL203.fix.phone': 'Reach `{contact}` by `phone`',
  'rules.PL203.fix.instead': 'Reach `{contact}` by `phone` instead (it has a phone number)',
  'rules.PL203.fix.addPhone': '{channel, select, yes {Reach `{contact}` by `phone` and add its phone number} other {Add a phone number to `{contact}`}}',

  'rules.PL204.description': 'An emergency clause has a `precondition`.',
  'rules.PL204.why': 'Someone standing on a burning roof needs action first; the paperwork can follow afterwards.',
  'rules.PL204.message':
    'the emergency clause for `{service}` demands `{precondition}` before anyone acts: in an emergency, act first and do the procedure afterwards',
  'rules.PL204.fix.afterwards': 'Turn `precondition` into `afterwards`',

  'rules.PL205.description': "The emergency respond time is longer than the top priority's respond time.",
  'rules.PL205.why':
    'An emergency is at least as urgent as the worst ordinary incident; answering it more slowly turns the emergency line into a detour.',
  'rules.PL205.message': "the emergency respond time {emergency} is longer than {priority}'s respond time {top}",
  'rules.PL205.respondsWithin': '{priority} responds within {duration}',
  'rules.PL205.fix.topRespond': "Respond to emergencies within {duration}, as fast as {priority}",

  'rules.PL206.description': 'A service with priorities has no escalation ladder.',
  'rules.PL206.why': 'Response and resolve times only help when both sides know who to call next when they are missed.',
  'rules.PL206.message':
    'service `{service}` promises {count, plural, one {# priority} other {# priorities}} ({names}) but has no escalation ladder: nobody knows who to call when a time is missed',
  'rules.PL206.fix.insert': 'Insert an escalation ladder for `{service}` ({ladder})',

  'rules.PL207.description':
    'Escalation levels are not numbered 1, 2, 3 … in order, or their `after` times do not strictly increase.',
  'rules.PL207.why':
    'A ladder must be climbed one rung at a time: skipped numbers or a later level that starts earlier leave people guessing who is next.',
  'rules.PL207.numbering': 'the escalation levels are numbered {written}: they should run 1 to {count} in order',
  'rules.PL207.fix.renumber': 'Renumber the levels 1 to {count}',
  'rules.PL207.fix.reorder': 'Order the levels by their `after` times and number them 1 to {count}',
  'rules.PL207.notLater':
    '{level} starts after {after}, not later than {previous} after {previousAfter}: each level must start strictly later than the one before',

  'rules.PL208.description': "The first escalation level above 1 starts after the top priority's resolve time.",
  'rules.PL208.why':
    'When the first escalation comes after the resolve time, the promise is already broken before anyone with more authority hears of it.',
  'rules.PL208.message':
    'level {level} starts after {after}, but {priority} must be resolved within {resolve}: the promise is broken before anyone escalates',
  'rules.PL208.resolveTime': "{priority}'s resolve time",

  'rules.PL209.description': 'Every contact on the escalation ladder belongs to the provider: the customer never sits at the table.',
  'rules.PL209.why':
    'Escalation between partners means both sides meet; a ladder that stays inside the provider settles problems without the customer.',
  'rules.PL209.message':
    '{count, plural, one {the only escalation level is a contact} other {all # escalation levels are contacts}} of the provider `{provider}` ({names}): {named, select, yes {the customer `{customer}`} other {the customer}} never sits at the table',

  // Balance
  'rules.PL301.description': 'The customer has no explicit obligation, or the provider has neither an explicit obligation nor a service.',
  'rules.PL301.why':
    'An agreement between equal partners asks something of both sides; a party that owes nothing cannot be held to anything.',
  'rules.PL301.customerOwesNothing':
    'the customer `{customer}` has 0 explicit obligations, while the provider `{provider}` owes {obligations, plural, one {# explicit obligation} other {# explicit obligations}} and {services, plural, one {# service} other {# services}}: write down what `{customer}` owes in return',
  'rules.PL301.providerOwesNothing':
    'the provider `{provider}` has 0 explicit obligations and 0 services: the agreement does not say what `{provider}` delivers',

  'rules.PL302.description': 'A service has `capacity … bought by X` but does not `depends on` an obligation of X.',
  'rules.PL302.why':
    'When the customer buys the capacity, the provider must be able to hold it to buying enough; that needs a written duty.',
  'rules.PL302.message':
    '`{service}` runs on capacity bought by `{buyer}`, but depends on no obligation of `{buyer}`{others, plural, =0 {} other { (its # `depends on` clause(s) name obligations of other parties)}}: nothing holds `{buyer}` to buying enough',
  'rules.PL302.capacityClause': 'the capacity clause',
  'rules.PL302.forecast': 'Deliver a capacity forecast for {service}',
  'rules.PL302.fix.addObligation': 'Add obligation `{name}` for `{buyer}` and depend on it',

  'rules.PL303.description': 'Only one party has a termination right, or one notice period is more than twice the other.',
  'rules.PL303.why': 'A partner that can leave at will, or much sooner than the other, holds the relationship hostage.',
  'rules.PL303.onlyOne': 'only `{party}` may terminate the agreement: `{other}` has no `termination` right',
  'rules.PL303.notice': '{notice} ({duration})',
  'rules.PL303.noNotice': 'no notice (0 min)',
  'rules.PL303.longer':
    '`{longer}` must give {longerNotice} notice, `{shorter}` {shorterNotice}: more than twice as long ({longerDuration} > 2 × {shorterDuration})',
  'rules.PL303.terminationRight': 'the termination right of `{party}`',
  'rules.PL303.fix.same': 'Give `{party}` the same right: `termination {party}{notice, select, yes { notice {duration}} other {}}`',

  'rules.PL304.description': '`change by` names a single party.',
  'rules.PL304.why': 'Terms that one side may change alone are not an agreement between equals but a promise that can be withdrawn.',
  'rules.PL304.message': 'only `{party}` may change the agreement: the other party has no say in changes to its terms',
  'rules.PL304.fix.both': 'Change to `change by both`',

  'rules.PL305.description': 'Credits are declared `sole remedy`.',
  'rules.PL305.why': 'Capped credits as the only remedy let a provider buy its way out of any failure, however large the damage.',
  'rules.PL305.message':
    'the credits for {named, select, yes {`{service}`} other {the service}} are the sole remedy: whatever the damage, the customer can claim nothing beyond them',
  'rules.PL305.fix.drop': 'Remove `sole remedy` (credits then come on top of other claims)',

  'rules.PL306.description': 'A lower availability threshold does not carry a strictly higher credit.',
  'rules.PL306.why': 'A worse month that earns the same or a smaller credit rewards failing further.',
  'rules.PL306.message':
    'below {threshold} the credit is {credit}, not more than the {higherCredit} below {higherThreshold}: a lower threshold must carry a strictly higher credit',
  'rules.PL306.creditBelow': 'the credit below {threshold}',

  'rules.PL307.description': 'The highest `below` threshold is lower than the availability target.',
  'rules.PL307.why':
    'Between the target and the first credit the promise is broken and nothing follows, so the target is not really promised.',
  'rules.PL307.message':
    '`{service}` promises {target}, but the first credit starts below {threshold}: from {threshold} up to {target} the promise is broken and nothing follows',
  'rules.PL307.target': 'the availability target',

  'rules.PL308.description': '`claim within` is shorter than `min-claim` (default 30 days), or downtime is `counted from report`.',
  'rules.PL308.why':
    'Credits that the customer must claim in a hurry, or downtime that counts only once the customer reports it, shift the burden of proof to the customer.',
  'rules.PL308.option.min-claim': 'The shortest acceptable period for claiming a credit.',
  'rules.PL308.claim':
    'credits for `{service}` must be claimed within {claim}{business, select, yes { ({duration} of support time)} other {}}, less than the {min} a customer needs to notice, document and claim a breach (min-claim)',
  'rules.PL308.fromReport':
    "downtime of `{service}` counts only from the customer's report: an outage the provider has already detected costs nothing until the customer notices and reports it",
  'rules.PL308.fix.claim': 'Allow claims within {duration} (the min-claim period)',
  'rules.PL308.fix.detection': 'Count downtime from detection (`counted from detection`)',

  'rules.PL309.description': 'KPIs are reported only from one party to the other and there is no review `by both`.',
  'rules.PL309.why':
    'Figures that flow one way and are never discussed together inform, but do not build a shared view of how the service goes.',
  'rules.PL309.message':
    '{count, plural, one {the only KPI report goes} other {all # KPI reports go}} from `{from}` to `{to}` and no review is held `by both`: the figures are never discussed together',
  'rules.PL309.alsoReported': 'also reported by `{from}` to `{to}`',
  'rules.PL309.review': 'the review, not held by both parties',

  'rules.PL310.description': 'The agreement has no `review`, or a review by a single party.',
  'rules.PL310.why':
    'Partners who evaluate together learn where the service and the agreement fall short; one who evaluates alone only judges.',
  'rules.PL310.noReview':
    '{titled, select, yes {agreement "{title}"} other {the agreement}} has no `review`: the parties never evaluate the service and the agreement together',
  'rules.PL310.fix.insert': 'Insert `review every quarter by both`',
  'rules.PL310.alone': 'the review is held by `{party}` alone: the other party has no part in evaluating the service',
  'rules.PL310.fix.both': 'Change to `review … by both`',

  'rules.PL311.description':
    'One party has at least `ratio` (default 5) times as many explicit obligations as the other, and the other has at least one.',
  'rules.PL311.why':
    'When nearly every duty sits on one side, the agreement reads as a list of demands rather than a partnership.',
  'rules.PL311.option.ratio': 'How many times as many obligations one party may carry before the balance is reported.',
  'rules.PL311.message':
    '{heavy} has {heavyCount, plural, one {# explicit obligation} other {# explicit obligations}}, {light} {lightCount}: {times} times as many (ratio {ratio})',
} as const;
