import { fireEvent, screen, within } from '@testing-library/react';
import { ReferralDestination, RedFlag } from '@outcomes/models';
import { AlertFactory, apiError, openAlertsMock } from '../../../testing/factories';
import { renderAt } from '../../../testing/renderApp';
import { RECORD_REFERRAL_MUTATION } from '../graphql/redFlags';
import { RecordReferralForm } from '../components/RecordReferralForm';
import { RedFlagInbox } from '../components/RedFlagInbox';

const patientEpisode = (patientId: string, name: string) => ({
  __typename: 'Episode' as const,
  id: `episode-of-${patientId}`,
  patient: { __typename: 'Patient' as const, id: patientId, name },
});

describe('RedFlagInbox', () => {
  it('lists open alerts with the patient, the flags and a same-day badge', async () => {
    const alerts = [
      AlertFactory.build({
        raisedOn: '2025-03-10',
        redFlags: [RedFlag.SADDLE_NUMBNESS, RedFlag.NIGHT_PAIN],
        sameDayReferral: true,
        episode: patientEpisode('patient-1', 'Ruth Okafor'),
      }),
      AlertFactory.build({ raisedOn: '2025-03-12', redFlags: [RedFlag.FEVER], episode: patientEpisode('patient-2', 'Leo Brandt') }),
    ];
    renderAt('/caseload', [openAlertsMock(alerts)], { ui: <RedFlagInbox /> });

    const inbox = await screen.findByRole('region', { name: /Red flags/ });
    const items = await within(inbox).findAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual(['Ruth Okafor', 'Leo Brandt']);
    expect(items[0]?.textContent).toContain('Same-day referral');
    expect(items[0]?.textContent).toContain('Saddle numbness · Night pain');
    expect(items[1]?.textContent).not.toContain('Same-day referral');
    expect(inbox.textContent).toContain('1 need a same-day referral.');
    expect(within(items[0] as HTMLElement).getByRole('link').getAttribute('href')).toBe(
      `/patients/patient-1?episode=${alerts[0]?.episodeId}`,
    );
  });

  it('records a referral; the alert leaves the inbox', async () => {
    const alert = AlertFactory.build({ id: 'alert-1', raisedOn: '2025-03-10', episode: patientEpisode('patient-1', 'Ruth Okafor') });
    const app = renderAt(
      '/caseload',
      [
        openAlertsMock([alert]),
        {
          request: {
            query: RECORD_REFERRAL_MUTATION,
            variables: {
              input: { alertId: 'alert-1', destination: ReferralDestination.PHYSICIAN, referredOn: '2025-03-11', notes: 'GP today' },
            },
          },
          result: {
            data: {
              recordReferral: {
                __typename: 'Referral',
                id: 'referral-1',
                alertId: 'alert-1',
                destination: ReferralDestination.PHYSICIAN,
                referredOn: '2025-03-11',
              },
            },
          },
        },
      ],
      { ui: <RedFlagInbox /> },
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Record referral for Ruth Okafor' }));
    const form = within(screen.getByRole('form', { name: 'Record referral' }));
    expect((form.getByLabelText('Referred to') as HTMLSelectElement).value).toBe(ReferralDestination.PHYSICIAN);
    fireEvent.change(form.getByLabelText('Referred on'), { target: { value: '2025-03-11' } });
    fireEvent.change(form.getByLabelText('Notes (optional)'), { target: { value: ' GP today ' } });
    fireEvent.click(form.getByRole('button', { name: 'Save referral' }));

    // The closed alert leaves the cached list: no second OpenRedFlagAlerts request is needed.
    expect((await screen.findByRole('status')).textContent).toBe('Referral recorded; the alert is closed.');
    expect(screen.getByText('No open red flags.')).toBeTruthy();
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(app.operations).toEqual(['OpenRedFlagAlerts', 'RecordReferral']);
  });
});

describe('RecordReferralForm', () => {
  it('proposes the emergency department for a same-day alert', () => {
    renderAt('/x', [], {
      ui: <RecordReferralForm alertId="a" raisedOn="2025-03-10" sameDayReferral onDone={jest.fn()} onCancel={jest.fn()} today="2025-03-12" />,
    });
    expect((screen.getByLabelText('Referred to') as HTMLSelectElement).value).toBe(ReferralDestination.EMERGENCY_DEPARTMENT);
  });

  it('refuses a referral dated before the alert, with the API’s wording, and sends nothing', () => {
    const app = renderAt('/x', [], {
      ui: <RecordReferralForm alertId="a" raisedOn="2025-03-10" sameDayReferral={false} onDone={jest.fn()} onCancel={jest.fn()} today="2025-03-12" />,
    });
    fireEvent.change(screen.getByLabelText('Referred on'), { target: { value: '2025-03-09' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save referral' }));

    expect(screen.getByText('The alert was raised on 2025-03-10; the referral cannot be earlier.')).toBeTruthy();
    expect(app.operations).toEqual([]);
  });

  it("places the API's date error on the date field", async () => {
    const onDone = jest.fn();
    renderAt(
      '/x',
      [
        {
          request: {
            query: RECORD_REFERRAL_MUTATION,
            variables: { input: { alertId: 'a', destination: ReferralDestination.PHYSICIAN, referredOn: '2025-03-12', notes: null } },
          },
          result: {
            data: null,
            errors: [
              apiError('BAD_USER_INPUT', 'bad date', {
                fields: [{ field: 'input.referredOn', message: 'This date is in the future (today is 2025-03-11).' }],
              }),
            ],
          },
        },
      ],
      { ui: <RecordReferralForm alertId="a" raisedOn="2025-03-10" sameDayReferral={false} onDone={onDone} onCancel={jest.fn()} today="2025-03-12" /> },
    );

    fireEvent.click(screen.getByRole('button', { name: 'Save referral' }));

    const message = await screen.findByText('This date is in the future (today is 2025-03-11).');
    expect(screen.getByLabelText('Referred on').getAttribute('aria-describedby')).toBe(message.id);
    expect(onDone).not.toHaveBeenCalled();
  });
});
