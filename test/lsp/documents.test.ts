// The client's document requests over a real LSP connection: the rendered
// agreement (preview, export), the comparison of two versions, a check of the
// whole workspace, and the language the server speaks.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sampleWorkspace, TestClient } from '../harness/lsp';

interface Rendered {
  text: string;
}
interface Compared {
  text: string;
  changes: number;
}

describe('document requests', () => {
  let client: TestClient;
  let healthy: string;
  let healthyText: string;

  beforeAll(async () => {
    client = new TestClient(sampleWorkspace());
    await client.initialize();
    healthyText = readFileSync(path.join(client.root, 'healthy.pledge'), 'utf8');
    healthy = client.open('healthy.pledge');
    await client.diagnostics(healthy);
  });

  afterAll(async () => {
    await client.dispose();
  });

  it('pledge/render gives the HTML document with source offsets for the preview', async () => {
    const r = await client.request<Rendered>('pledge/render', { uri: healthy, format: 'html', sourceLinks: true });
    expect(r.text).toMatch(/^<!DOCTYPE html>/i);
    expect(r.text).toContain('Managed Workplace and Case Management 2026');
    const offsets = [...r.text.matchAll(/data-start="(\d+)"/g)].map((m) => Number(m[1]));
    expect(offsets.length).toBeGreaterThan(10);
    // Each offset points into the file: the P2 row starts at its priority.
    expect(offsets.every((o) => o >= 0 && o < healthyText.length)).toBe(true);
    expect(offsets).toContain(healthyText.indexOf('priority P2'));
  });

  it('pledge/render without source links is the exported document: no offsets, no script', async () => {
    const r = await client.request<Rendered>('pledge/render', { uri: healthy, format: 'html' });
    expect(r.text).not.toContain('data-start=');
    expect(r.text).not.toMatch(/<script/i);
    const md = await client.request<Rendered>('pledge/render', { uri: healthy, format: 'md' });
    expect(md.text).toMatch(/^# Managed Workplace and Case Management 2026$/m);
  });

  it('pledge/render follows the open document as it is edited', async () => {
    const version = client.change(healthy, healthyText.replace('availability 99.8%', 'availability 99.5%'));
    await client.diagnostics(healthy, (p) => p.version === version);
    const r = await client.request<Rendered>('pledge/render', { uri: healthy, format: 'md' });
    expect(r.text).toContain('99.5% per quarter');
    expect(r.text).not.toContain('99.8% per quarter');
    const back = client.change(healthy, healthyText);
    await client.diagnostics(healthy, (p) => p.version === back);
  });

  it('pledge/render answers null for a file it does not know', async () => {
    expect(await client.request('pledge/render', { uri: client.uri('nowhere.pledge'), format: 'html' })).toBeNull();
  });

  it('pledge/diff compares with a committed text and names the numbers', async () => {
    const older = healthyText.replace('availability 99.8%', 'availability 99.5%');
    const r = await client.request<Compared>('pledge/diff', { uri: healthy, oldText: older, oldLabel: 'HEAD' });
    expect(r.changes).toBeGreaterThan(0);
    expect(r.text).toContain('99.5%');
    expect(r.text).toContain('99.8%');
    expect(r.text).toContain('HEAD');
  });

  it('pledge/diff of the same text reports no change', async () => {
    const r = await client.request<Compared>('pledge/diff', { uri: healthy, oldText: healthyText, oldLabel: 'HEAD' });
    expect(r.changes).toBe(0);
  });

  it('pledge/diff compares with another file of the workspace', async () => {
    const r = await client.request<Compared>('pledge/diff', { uri: healthy, oldUri: client.uri('over-promising.pledge'), oldLabel: 'over-promising.pledge' });
    expect(r.changes).toBeGreaterThan(0);
  });

  it('pledge/checkWorkspace checks every agreement file and counts the findings', async () => {
    const r = await client.request<{ files: number; errors: number; warnings: number; infos: number }>('pledge/checkWorkspace', {});
    expect(r.files).toBe(6);
    expect(r.errors + r.warnings + r.infos).toBeGreaterThan(10);
  });
});

describe('the language of the server', () => {
  it('speaks Dutch when the editor is displayed in Dutch, and pledge.locale overrides it', async () => {
    const client = new TestClient(sampleWorkspace());
    try {
      await client.initialize('nl');
      const uri = client.open('no-emergency.pledge');
      const dutch = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'PL201'));
      const nl = dutch.diagnostics.find((d) => d.code === 'PL201')!.message;
      expect(nl).toMatch(/calamiteit|noodgeval|buiten/i);
      expect(client.refreshes).toEqual([]);
      await client.setSettings({ locale: 'en' });
      const english = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'PL201' && d.message !== nl), true);
      expect(english.diagnostics.find((d) => d.code === 'PL201')!.message).toMatch(/emergency/);
      // The code lenses and inlay hints the editor shows are worded in Dutch: it is asked for new ones.
      const lens = await client.request<Array<{ command?: { title: string } }>>('textDocument/codeLens', { textDocument: { uri } });
      expect(lens.map((l) => l.command?.title ?? '').join(' ')).toMatch(/owes|findings/);
      await vi.waitFor(() => expect(client.refreshes.length).toBeGreaterThanOrEqual(2));
      expect([...client.refreshes].sort()).toEqual(['workspace/codeLens/refresh', 'workspace/inlayHint/refresh']);
      const rendered = await client.request<Rendered>('pledge/render', { uri, format: 'md' });
      expect(rendered.text).toMatch(/Trust scorecard/);
      await client.setSettings({ locale: 'auto' });
      await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'PL201' && d.message === nl), true);
      const nlDoc = await client.request<Rendered>('pledge/render', { uri, format: 'md' });
      expect(nlDoc.text).not.toMatch(/Trust scorecard/);
    } finally {
      await client.dispose();
    }
  });
});
