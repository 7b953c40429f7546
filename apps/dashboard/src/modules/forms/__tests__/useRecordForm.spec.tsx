import { act, renderHook } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FormEvent } from 'react';
import { apiError } from '../../../testing/factories';
import { type FieldErrors, type RecordOutcome, useRecordForm } from '../useRecordForm';

interface Draft {
  name: string;
  count: string;
}
type Field = 'name' | 'count';

const validate = (draft: Draft): FieldErrors<Field> => ({
  ...(draft.name === '' ? { name: 'A name is needed.' } : {}),
  ...(/^\d+$/.test(draft.count) ? {} : { count: 'A whole number.' }),
});
const fieldOf = (apiPath: string): Field | null => (apiPath === 'input.name' ? 'name' : apiPath === 'input.count' ? 'count' : null);

function renderForm(initialDraft: Draft, showsWhenTouched?: (field: Field) => boolean) {
  const focused: FieldErrors<Field>[] = [];
  const rendered = renderHook(() =>
    useRecordForm<Draft, Field>({
      initialDraft,
      validate,
      fieldOf,
      focusFirst: (errors) => focused.push(errors),
      ...(showsWhenTouched ? { showsWhenTouched } : {}),
    }),
  );
  return { ...rendered, focused };
}

const submitEvent = (): FormEvent<HTMLFormElement> => ({ preventDefault: () => undefined }) as unknown as FormEvent<HTMLFormElement>;
const badInput = (fields: { field: string; message: string }[]): unknown =>
  new CombinedGraphQLErrors({ errors: [apiError('BAD_USER_INPUT', 'Invalid input.', { fields })] });

describe('useRecordForm', () => {
  it('shows a field’s own check once it is changed, and every check once a submit was tried', async () => {
    const { result } = renderForm({ name: '', count: 'x' });
    expect([result.current.errorOf('name'), result.current.errorOf('count')]).toEqual([undefined, undefined]);

    act(() => result.current.touch('count'));
    expect([result.current.errorOf('name'), result.current.errorOf('count')]).toEqual([undefined, 'A whole number.']);

    const work = jest.fn<Promise<RecordOutcome>, []>();
    await act(() => result.current.submit(submitEvent(), work));
    expect([result.current.errorOf('name'), result.current.errorOf('count')]).toEqual(['A name is needed.', 'A whole number.']);
  });

  it('keeps a field’s check hidden before a submit when the form says so', () => {
    const { result } = renderForm({ name: '', count: 'x' }, (field) => field === 'name');
    act(() => result.current.touch('name', 'count'));
    expect([result.current.errorOf('name'), result.current.errorOf('count')]).toEqual(['A name is needed.', undefined]);
  });

  it('sends nothing while the draft fails its checks, and moves focus to the faults', async () => {
    const { result, focused } = renderForm({ name: '', count: '3' });
    const work = jest.fn<Promise<RecordOutcome>, []>();
    await act(() => result.current.submit(submitEvent(), work));
    expect(work).not.toHaveBeenCalled();
    expect(focused).toEqual([{ name: 'A name is needed.' }]);
  });

  it('places the API’s field errors beside their fields, the rest above the form, and drops a field’s once it changes', async () => {
    const { result, focused } = renderForm({ name: 'Ada', count: '3' });
    const error = badInput([
      { field: 'input.count', message: 'Too many for this episode.' },
      { field: 'input.episodeId', message: 'No such episode.' },
    ]);
    await act(() => result.current.submit(submitEvent(), () => Promise.resolve({ ok: false, error })));

    expect(result.current.errorOf('count')).toBe('Too many for this episode.');
    expect(result.current.formMessage).toBe('No such episode.');
    expect(result.current.error).toBe(error);
    expect(focused).toEqual([{ count: 'Too many for this episode.' }]);

    act(() => result.current.touch('count'));
    expect(result.current.errorOf('count')).toBeUndefined();
  });

  it('places the API’s errors with the submit’s own mapping when one is given', async () => {
    const { result } = renderForm({ name: 'Ada', count: '3' });
    const error = badInput([{ field: 'input.items.0', message: 'Unknown item.' }]);
    await act(() =>
      result.current.submit(
        submitEvent(),
        () => Promise.resolve({ ok: false, error }),
        (apiPath) => (apiPath === 'input.items.0' ? 'name' : null),
      ),
    );
    expect(result.current.errorOf('name')).toBe('Unknown item.');
    expect(result.current.formMessage).toBe('Check the highlighted fields.');
  });

  it('sends once while a request is in flight, and clears the failure after a success', async () => {
    const { result } = renderForm({ name: 'Ada', count: '3' });
    await act(() => result.current.submit(submitEvent(), () => Promise.resolve({ ok: false, error: new Error('offline') })));
    expect(result.current.formMessage).toBe('The server could not be reached. Check your connection and try again.');

    let finish: (outcome: RecordOutcome) => void = () => undefined;
    const work = jest.fn(() => new Promise<RecordOutcome>((resolve) => (finish = resolve)));
    let first: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.submit(submitEvent(), work);
    });
    expect(result.current.sending).toBe(true);
    await act(() => result.current.submit(submitEvent(), work));
    expect(work).toHaveBeenCalledTimes(1);

    await act(async () => {
      finish({ ok: true });
      await first;
    });
    expect(result.current.sending).toBe(false);
    expect(result.current.error).toBeNull();
    expect(result.current.formMessage).toBeNull();
  });
});
