// What the tags feature offers the rest of the app.
export { TagsSettingsPage } from './TagsSettingsPage';
export { TicketTagsPanel, tagViewPath } from './TicketTagsPanel';
