// The rules of this family, in id order.

import type { Rule } from '../types';
import PL301 from './PL301-one-sided-obligations';
import PL302 from './PL302-capacity-without-duty';
import PL303 from './PL303-one-sided-termination';
import PL304 from './PL304-unilateral-change';
import PL305 from './PL305-sole-remedy';
import PL306 from './PL306-non-monotonic-credits';
import PL307 from './PL307-credit-gap';
import PL308 from './PL308-customer-burden';
import PL309 from './PL309-one-way-reporting';
import PL310 from './PL310-missing-review';
import PL311 from './PL311-lopsided-obligations';

export const rules: Rule<any>[] = [PL301, PL302, PL303, PL304, PL305, PL306, PL307, PL308, PL309, PL310, PL311];
