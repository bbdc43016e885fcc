/** What an EIP-4361 sign-in message names; the gateway checks each against its own configuration. */
export interface SiweFields {
  domain: string;
  /** EIP-55 checksummed. */
  address: string;
  statement: string;
  uri: string;
  chainId: number;
  nonce: string;
  issuedAt: Date;
}

export const SIGN_IN_STATEMENT = 'Sign in to the athgrid provider dashboard.';

/** The message exactly as EIP-4361 lays it out (LF line ends), as siwe.js prepareMessage() writes it. */
export function siweMessage(fields: SiweFields): string {
  return [
    `${fields.domain} wants you to sign in with your Ethereum account:`,
    fields.address,
    '',
    fields.statement,
    '',
    `URI: ${fields.uri}`,
    'Version: 1',
    `Chain ID: ${fields.chainId}`,
    `Nonce: ${fields.nonce}`,
    `Issued At: ${isoSeconds(fields.issuedAt)}`,
  ].join('\n');
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
