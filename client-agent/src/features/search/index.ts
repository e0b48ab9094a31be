// What the search feature offers the rest of the app.
export { ContactPage } from './ContactPage';
export { GlobalSearch } from './GlobalSearch';
