import {
  type CreateUserOptions,
  isApiError,
  isValidationError,
  type ValidationError,
} from '@org/tcb-user-client';
import { createElement } from './create-element.js';
import { describeError } from './describe-error.js';

/** The fields the form offers, in order, with their labels. */
const FIELDS = [
  { name: 'name', label: 'Name', type: 'text' },
  { name: 'nickName', label: 'Nickname', type: 'text' },
  { name: 'email', label: 'Email', type: 'email' },
  { name: 'password', label: 'Password', type: 'password' },
] as const;

type FieldName = (typeof FIELDS)[number]['name'];

/** What the form needs from the page. */
export interface CreateUserFormOptions {
  /** Creates the user; rejects with the client's error when the call fails. */
  create(options: CreateUserOptions): Promise<void>;
}

/**
 * Builds the "create user" form. Empty fields are left out of the request. The client's
 * validation issues appear next to their fields, a duplicate (`FailedOperation.DuplicatedData`)
 * and other failures above the button; on success the form clears and says whom it created.
 */
export function createUserForm(options: CreateUserFormOptions): HTMLFormElement {
  const form = createElement('form', { id: 'create-user', novalidate: true });
  const inputs = FIELDS.map((field) => renderField(form, field));
  const message = createElement('p', { id: 'create-message', role: 'status' });
  form.append(
    createElement('h2', { text: 'Create a user' }),
    ...inputs,
    message,
    createElement('button', { type: 'submit', text: 'Create' }),
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(form, message, options);
  });
  return form;
}

function renderField(form: HTMLFormElement, field: (typeof FIELDS)[number]): HTMLElement {
  const id = `create-${field.name}`;
  const input = createElement('input', {
    id,
    name: field.name,
    type: field.type,
    autocomplete: field.type === 'password' ? 'new-password' : 'off',
    'aria-describedby': `${id}-error`,
  });
  input.addEventListener('input', () => clearFieldError(form, field.name));
  return createElement('div', { class: 'field' }, [
    createElement('label', { for: id, text: field.label }),
    input,
    createElement('span', { id: `${id}-error`, class: 'field-error' }),
  ]);
}

async function submit(
  form: HTMLFormElement,
  message: HTMLElement,
  options: CreateUserFormOptions,
): Promise<void> {
  const values = readValues(form);
  for (const field of FIELDS) clearFieldError(form, field.name);
  message.textContent = '';
  message.className = '';

  try {
    await options.create(values);
    form.reset();
    showMessage(message, `Created ${values.name}.`, 'ok');
  } catch (error) {
    if (isValidationError(error) && showFieldErrors(form, error)) return;
    if (isApiError(error) && error.code === 'FailedOperation.DuplicatedData') {
      showMessage(message, 'A user with this name or email already exists.', 'error');
      return;
    }
    showMessage(message, describeError(error), 'error');
  }
}

function readValues(form: HTMLFormElement): CreateUserOptions {
  const data = new FormData(form);
  const read = (name: FieldName) => String(data.get(name) ?? '').trim();
  const values: CreateUserOptions = { name: read('name') };
  for (const name of ['nickName', 'email', 'password'] as const) {
    const value = name === 'password' ? String(data.get(name) ?? '') : read(name);
    if (value !== '') values[name] = value;
  }
  return values;
}

/** Shows each issue next to its field; returns false when an issue names no field of the form. */
function showFieldErrors(form: HTMLFormElement, error: ValidationError): boolean {
  const known = new Set<string>(FIELDS.map((field) => field.name));
  if (!error.issues.every((issue) => known.has(issue.field))) return false;
  for (const issue of error.issues) {
    const slot = form.querySelector(`#create-${issue.field}-error`);
    if (slot)
      slot.textContent = `${slot.textContent ? `${slot.textContent}; ` : ''}${issue.message}`;
    form.querySelector(`#create-${issue.field}`)?.setAttribute('aria-invalid', 'true');
  }
  return true;
}

function clearFieldError(form: HTMLFormElement, field: FieldName): void {
  const slot = form.querySelector(`#create-${field}-error`);
  if (slot) slot.textContent = '';
  form.querySelector(`#create-${field}`)?.removeAttribute('aria-invalid');
}

function showMessage(element: HTMLElement, text: string, kind: 'ok' | 'error'): void {
  element.textContent = text;
  element.className = kind;
}
