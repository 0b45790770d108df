import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './inline-scripts.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes the exact text of each inline script, whitespace and non-ASCII included', () => {
    const first = '(function(){var e="ä";fetch(e)})();';
    const second = '\n  console.log(1)\n';
    const html = `<head><script>${first}</script></head><body><script type="text/javascript">${second}</script></body>`;
    expect(inlineScriptHashes(html)).toEqual([sha256(first), sha256(second)]);
  });

  it('leaves out scripts loaded from a file and empty ones', () => {
    const html = '<script async type="module" crossorigin src="/assets/start-1.js"></script><script SRC=/a.js></script><script> </script>';
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it('finds none in a page without scripts', () => {
    expect(inlineScriptHashes('<!doctype html><title>x</title>')).toEqual([]);
  });
});
