import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Field } from '../ui/Field';
import { ConfigTextInput } from './ConfigTextInput';

describe('ConfigTextInput', () => {
  it('takes the id and descriptions its Field gives, so the label names it', () => {
    const markup = renderToStaticMarkup(
      <Field label="Adresa evidence konverzí" hint="https://…" error="Adresa není platná.">
        <ConfigTextInput
          type="url"
          value="ftp://x"
          testId="register"
          onChange={() => undefined}
          onBlur={() => undefined}
        />
      </Field>,
    );
    const labelFor = /<label[^>]*for="([^"]+)"/.exec(markup)?.[1];
    const input = /<input[^>]*>/.exec(markup)?.[0] ?? '';
    expect(labelFor).toBeTruthy();
    expect(input).toContain(`id="${labelFor}"`);
    expect(input).toContain('aria-invalid="true"');
    expect(input).toMatch(/aria-describedby="[^"]+"/);
  });
});
