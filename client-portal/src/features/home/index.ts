// What other features may use from the home page: the reply promise and how its times are written.
export { ReplyPromiseNote } from './ReplyPromiseNote';
export { localMoment } from './reply-promise.util';
