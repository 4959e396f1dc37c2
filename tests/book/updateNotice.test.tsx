import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_STRINGS } from '../../src/offline/strings';
import { UpdateNotice } from '../../src/offline/UpdateNotice';
import { dismissUpdate, offerUpdate } from '../../src/offline/updateStore';

afterEach(() => act(() => dismissUpdate()));

describe('the "new version" notice', () => {
  it('is an empty live region until a new version waits', () => {
    render(<UpdateNotice lang="en" />);
    expect(screen.getByRole('status').childNodes).toHaveLength(0);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says so in the live region, with a Reload button that lets the new version take over', async () => {
    const apply = vi.fn();
    render(<UpdateNotice lang="en" />);
    act(() => offerUpdate(apply));
    expect(screen.getByRole('status').textContent).toContain(OFFLINE_STRINGS.en.newVersion);
    await userEvent.click(screen.getByRole('button', { name: OFFLINE_STRINGS.en.reload }));
    expect(apply).toHaveBeenCalledOnce();
  });

  it('speaks Chinese on a Chinese page, and "not now" empties it again', async () => {
    render(<UpdateNotice lang="zh" />);
    act(() => offerUpdate(() => undefined));
    expect(screen.getByRole('status').textContent).toContain(OFFLINE_STRINGS.zh.newVersion);
    expect(screen.getByRole('button', { name: OFFLINE_STRINGS.zh.reload })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: OFFLINE_STRINGS.zh.later }));
    expect(screen.getByRole('status').childNodes).toHaveLength(0);
  });

  it('is keyboard-operable: Tab reaches Reload, Enter presses it', async () => {
    const apply = vi.fn();
    render(<UpdateNotice lang="en" />);
    act(() => offerUpdate(apply));
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: OFFLINE_STRINGS.en.reload }));
    await userEvent.keyboard('{Enter}');
    expect(apply).toHaveBeenCalledOnce();
  });
});
