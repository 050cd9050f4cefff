import { notifications } from '@mantine/notifications';
import { toAppError } from '../api/client';

/** notifyError is the one place a failed action becomes a message on screen. */
export function notifyError(err: unknown, title = 'Something went wrong'): void {
  const e = toAppError(err);
  const message =
    e.code === 'invalid_input' && Object.keys(e.fields).length > 0
      ? `${e.message} Check the highlighted fields.`
      : e.message;
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}

export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'teal', title, message, autoClose: 4000 });
}

/** notifyWarning is for an action that was done but left something to do (stays until closed). */
export function notifyWarning(message: string, title?: string): void {
  notifications.show({ color: 'yellow', title, message, autoClose: false });
}
