import { describe, expect, it } from 'vitest';
import { siweMessage } from './siweMessage';

describe('siweMessage', () => {
  it('lays the message out as EIP-4361 and the gateway expect, LF line ends, Issued At in whole seconds', () => {
    const message = siweMessage({
      domain: 'localhost:8080',
      address: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
      statement: 'Sign in to athgrid.',
      uri: 'http://localhost:8080',
      chainId: 421614,
      nonce: 'k2X9pQ7rT4mZ8vN1bC6wY3dL',
      issuedAt: new Date('2026-05-01T12:00:00.123Z'),
    });

    expect(message).toBe(
      'localhost:8080 wants you to sign in with your Ethereum account:\n' +
        '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\n' +
        '\n' +
        'Sign in to athgrid.\n' +
        '\n' +
        'URI: http://localhost:8080\n' +
        'Version: 1\n' +
        'Chain ID: 421614\n' +
        'Nonce: k2X9pQ7rT4mZ8vN1bC6wY3dL\n' +
        'Issued At: 2026-05-01T12:00:00Z',
    );
  });
});
