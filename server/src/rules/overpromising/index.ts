// The rules of this family, in id order.

import type { Rule } from '../types';
import PL101 from './PL101-perfect-availability';
import PL102 from './PL102-extreme-availability';
import PL103 from './PL103-budget-below-resolution';
import PL104 from './PL104-support-gap';
import PL105 from './PL105-maintenance-over-budget';
import PL106 from './PL106-inconsistent-downtime';
import PL107 from './PL107-resolve-before-respond';
import PL108 from './PL108-priority-inversion';
import PL109 from './PL109-perfect-kpi';
import PL110 from './PL110-unmeasured-promise';
import PL111 from './PL111-absolute-wording';
import PL112 from './PL112-unverifiable-result';
import PL113 from './PL113-provider-started-clock';

export const rules: Rule<any>[] = [PL101, PL102, PL103, PL104, PL105, PL106, PL107, PL108, PL109, PL110, PL111, PL112, PL113];
