/**
 * The line at the top of every email a contact can answer. Mail clients quote the email below
 * the reply, so everything from this line down is history: inbound mail is cut here first.
 */
export const REPLY_MARKER = '##- Please type your reply above this line -##';
