import { describe, expect, it } from 'vitest';
import { mountPage } from './support/mount-page.js';
import { createSeedUsers, useMockService } from './support/use-mock-service.js';

const seed = createSeedUsers(7);
const valid = {
  name: 'new-user',
  nickName: 'New user',
  email: 'new@example.com',
  password: 'Abc@12345',
};

describe('create form', () => {
  const { mock, server } = useMockService(seed);

  function countCreateRequests(): () => number {
    let count = 0;
    const listener = ({ request }: { request: Request }) => {
      if (request.headers.get('x-tc-action') === 'CreateUser') count += 1;
    };
    server.events.on('request:start', listener);
    return () => count;
  }

  it('creates the user and shows it on the last page, where the newest users are', async () => {
    const page = await mountPage(5);

    await page.create(valid);

    const stored = (await mock.directory.users()).find((user) => user.Name === valid.name);
    expect(stored?.NickName).toBe(valid.nickName);
    expect(page.names()).toContain(valid.name);
    expect(page.pageInfo()).toContain(`${seed.length + 1} users`);
    expect(page.text('#create-message')).toBe(`Created ${valid.name}.`);
    expect(page.root.querySelector<HTMLInputElement>('#create-name')?.value).toBe('');
  });

  it('shows a name that breaks the rules next to the name field and sends nothing', async () => {
    const page = await mountPage(5);
    const creates = countCreateRequests();

    await page.create({ ...valid, name: '-starts-with-a-dash' });

    expect(page.text('#create-name-error')).not.toBe('');
    expect(page.root.querySelector('#create-name')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.text('#create-password-error')).toBe('');
    expect(creates()).toBe(0);
    expect(await mock.directory.users()).toHaveLength(seed.length);
  });

  it('shows a weak password next to the password field and clears it when typing', async () => {
    const page = await mountPage(5);

    await page.create({ ...valid, password: 'short' });
    expect(page.text('#create-password-error')).not.toBe('');

    const input = page.root.querySelector<HTMLInputElement>('#create-password');
    input?.dispatchEvent(new Event('input'));
    expect(page.text('#create-password-error')).toBe('');
    expect(input?.hasAttribute('aria-invalid')).toBe(false);
  });

  it('reports a name the mock refuses as a duplicate and keeps the typed values', async () => {
    const page = await mountPage(5);
    const creates = countCreateRequests();
    const taken = seed[0]?.name ?? '';

    await page.create({ ...valid, name: taken });

    expect(creates()).toBe(1);
    expect(page.text('#create-message')).toBe('A user with this name or email already exists.');
    expect(page.root.querySelector<HTMLInputElement>('#create-name')?.value).toBe(taken);
    expect(await mock.directory.users()).toHaveLength(seed.length);
  });
});
