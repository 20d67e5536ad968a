// The rules of this family, in id order.

import type { Rule } from '../types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rules: Rule<any>[] = [];
