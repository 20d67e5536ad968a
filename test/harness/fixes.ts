// Tests apply edits exactly as the product does.

export { applyEdits } from '../../server/src/rules/fixes/apply';
