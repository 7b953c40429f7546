import { EpisodeStatus, Technique } from '@outcomes/models';
import { codebookUrl, exportFileUrl, kProblem, manifestUrl, newExportUrl, wholeYearsNeeded } from '../exportRequest';

describe('newExportUrl', () => {
  it('asks for every episode with k alone when nothing is filtered', () => {
    expect(newExportUrl(null, 5)).toBe('/exports/sessions.csv?k=5');
  });

  it('writes each list value as a repeated parameter, with the API’s names', () => {
    const url = newExportUrl(
      { techniques: [Technique.DEEP_TISSUE, Technique.SWEDISH], statuses: [EpisodeStatus.DISCHARGED], therapistIds: ['t-1'] },
      12,
    );
    expect(url).toBe('/exports/sessions.csv?techniques=DEEP_TISSUE&techniques=SWEDISH&therapistIds=t-1&statuses=DISCHARGED&k=12');
  });
});

describe('export file addresses', () => {
  it('names the export by its id', () => {
    expect(exportFileUrl('episodes', 'a b')).toBe('/exports/episodes.csv?exportId=a%20b');
    expect(manifestUrl('e-1')).toBe('/exports/e-1/manifest.json');
    expect(codebookUrl(null)).toBe('/exports/codebook.json');
    expect(codebookUrl(8)).toBe('/exports/codebook.json?k=8');
  });
});

describe('kProblem', () => {
  it.each(['2', '5', '50', ' 7 '])('takes %p', (typed) => {
    expect(kProblem(typed)).toBeUndefined();
  });

  it.each(['', '1', '51', '2.5', '-3', 'five'])('refuses %p with the API’s message', (typed) => {
    expect(kProblem(typed)).toBe('k is a whole number from 2 to 50.');
  });
});

describe('wholeYearsNeeded', () => {
  it('is satisfied by no dates, or by 1 January to 31 December', () => {
    expect(wholeYearsNeeded(null)).toBeNull();
    expect(wholeYearsNeeded({ startedFrom: '2023-01-01', startedTo: '2024-12-31' })).toBeNull();
    expect(wholeYearsNeeded({ startedFrom: '2023-01-01' })).toBeNull();
  });

  it('gives the whole years that cover finer dates', () => {
    expect(wholeYearsNeeded({ startedFrom: '2023-02-01', startedTo: '2024-12-31' })).toEqual({ fromYear: 2023, toYear: 2024 });
    expect(wholeYearsNeeded({ startedTo: '2024-06-30' })).toEqual({ fromYear: null, toYear: 2024 });
  });
});
