import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComingSoon } from './ComingSoon';

describe('ComingSoon', () => {
  it('names the platform in its heading', () => {
    render(<ComingSoon />);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('athgrid');
  });

  it('links to the API documentation served by the gateway', () => {
    render(<ComingSoon />);

    expect(screen.getByRole('link', { name: /api documentation/i })).toHaveAttribute(
      'href',
      '/swagger-ui.html',
    );
  });
});
