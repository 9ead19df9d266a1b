/** The sheet count is a domain rule: the renderer asks the register with the same number. */
export { sheetsOf } from '../../../../common/domain/conversionRules';
