// What the macros feature offers the rest of the app.
export { MacroPicker, macroActionSummary, type PickedMacro } from './MacroPicker';
export { MacrosSettingsPage } from './MacrosSettingsPage';
