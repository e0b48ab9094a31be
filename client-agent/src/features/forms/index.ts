// What other features may use from forms; everything else in this folder is its own business.
export { OptionsEditor } from './OptionsEditor';
