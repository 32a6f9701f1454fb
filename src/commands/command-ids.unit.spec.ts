import { commandIdOf, eventIdOf, newId, uuidV5 } from './command-ids.js';

describe('command ids', () => {
  it("derives RFC 4122 version 5 UUIDs (the RFC's own example: www.example.com in the DNS namespace)", () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('gives every retry of a command the same ids, and another caller or key other ids', () => {
    const command = commandIdOf('user-1', 'key-1');
    expect(commandIdOf('user-1', 'key-1')).toBe(command);
    expect(commandIdOf('user-2', 'key-1')).not.toBe(command);
    expect(commandIdOf('user-1', 'key-2')).not.toBe(command);
    expect(eventIdOf(command, 0)).toBe(eventIdOf(command, 0));
    expect(eventIdOf(command, 1)).not.toBe(eventIdOf(command, 0));
    expect(newId({ commandId: command }, 'staff')).toBe(newId({ commandId: command }, 'staff'));
    expect(newId({ commandId: command }, 'post')).not.toBe(newId({ commandId: command }, 'staff'));
  });

  it('gives commands without an id fresh random ids', () => {
    expect(newId({}, 'staff')).not.toBe(newId({}, 'staff'));
    expect(newId({}, 'staff')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
