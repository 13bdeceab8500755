import { AppError } from '../common/errors';
import { acceptPrefersJson, acceptWeight, apiPageFormat, pageFormat } from './content-negotiation';

const CHROME = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8';
const FIREFOX = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('HTML or JSON', () => {
  it('weighs a type by its most specific matching range', () => {
    expect(acceptWeight(CHROME, 'text/html')).toBe(1);
    expect(acceptWeight(CHROME, 'application/json')).toBe(0.8);
    expect(acceptWeight('text/*;q=0.3, */*;q=0.9', 'text/html')).toBe(0.3);
    expect(acceptWeight('text/html;q=0, */*', 'text/html')).toBe(0);
    expect(acceptWeight('application/ld+json', 'application/json')).toBe(1);
    expect(acceptWeight(undefined, 'text/html')).toBe(0);
  });

  it('browsers, */* and no header get HTML; a JSON client gets JSON', () => {
    expect(acceptPrefersJson(CHROME)).toBe(false);
    expect(acceptPrefersJson(FIREFOX)).toBe(false);
    expect(acceptPrefersJson('*/*')).toBe(false);
    expect(acceptPrefersJson(undefined)).toBe(false);
    expect(acceptPrefersJson('application/json')).toBe(true);
    expect(acceptPrefersJson('application/json, text/plain, */*')).toBe(true);
    expect(acceptPrefersJson('application/json;q=0.5, text/html')).toBe(false);
    expect(acceptPrefersJson('application/json, text/html')).toBe(false);
    expect(acceptPrefersJson('text/html;q=0.5, application/json')).toBe(true);
  });

  it('?format= overrides Accept; anything but html or json is refused naming query.format', () => {
    expect(pageFormat(CHROME, 'json')).toBe('json');
    expect(pageFormat('application/json', 'html')).toBe('html');
    expect(pageFormat('application/json', undefined)).toBe('json');
    expect(pageFormat(undefined, undefined)).toBe('html');
    let err: unknown;
    try {
      pageFormat(CHROME, 'xml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query.format' });
    expect(() => pageFormat(CHROME, ['json', 'html'])).toThrow(/query\.format: must be html or json \(once\), not \["json","html"\]/);
  });

  it('a page whose JSON came first: HTML only for an Accept naming HTML; */*, none and JSON stay JSON', () => {
    expect(apiPageFormat(CHROME, undefined)).toBe('html');
    expect(apiPageFormat(FIREFOX, undefined)).toBe('html');
    expect(apiPageFormat('text/*', undefined)).toBe('html');
    expect(apiPageFormat('*/*', undefined)).toBe('json');
    expect(apiPageFormat(undefined, undefined)).toBe('json');
    expect(apiPageFormat('application/json', undefined)).toBe('json');
    expect(apiPageFormat('application/json, text/plain, */*', undefined)).toBe('json');
    expect(apiPageFormat('text/html;q=0, */*', undefined)).toBe('json');
    expect(apiPageFormat(CHROME, 'json')).toBe('json');
    expect(apiPageFormat(undefined, 'html')).toBe('html');
    expect(() => apiPageFormat(CHROME, 'xml')).toThrow(AppError);
  });
});
