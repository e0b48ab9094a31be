// What other features may use from the knowledge base; everything else in this folder is its own business.
export { ArticleSearchForm } from './ArticleSearchForm';
export { ArticleSuggestions } from './ArticleSuggestions';
export { useSuggestionSession, type SuggestionSession } from './useSuggestionSession';
