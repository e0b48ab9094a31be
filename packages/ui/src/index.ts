// The UI kit both React apps share: components, hooks and (in base.css) the base styles.
export { apiErrorsOf, isNotFound, ticketNumberFrom } from './api-errors';
export { CodeField, normalizeCode, type CodeFieldProps } from './CodeField';
export { DataTable, NUMERIC_CELL, type DataTableColumn, type DataTableProps } from './DataTable';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { Field, type FieldControlProps, type FieldProps } from './Field';
export { FormAlert } from './FormAlert';
export { Icon, type IconName, type IconProps } from './Icon';
export { Spinner } from './Spinner';
export { TextField, type TextFieldProps } from './TextField';
export { Timeline, type TimelineEntry, type TimelineEventEntry, type TimelineMessageEntry, type TimelineProps } from './Timeline';
export { useDebouncedValue } from './useDebouncedValue';
export { useLoadMore, type LoadMore } from './useLoadMore';
export { useSignOut, type SignOut } from './useSignOut';
export { useSignInElsewhere } from './useSignInElsewhere';
export { createApiClient, isUnavailable, OUTAGE_RETRY, outageState } from './api-client';
export { OutageNotice } from './OutageNotice';
export { liveState, LIVE_RETRY, retryDelay, type LiveStatus } from './live-link';
export { LiveNotice } from './LiveNotice';
