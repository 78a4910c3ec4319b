import { MEETING_FORMS, PREVENTION_LEVELS, type PreventionLevel } from '../../shared/schemas';
import { Field } from '../../ui';
import { sv } from '../../lib/strings/for/dialogs';
import { ChipToggles } from './ChipToggles';
import { FollowUpsEditor } from './FollowUpsEditor';
import type { DialogFormState, MeetingForm } from './form-state';
import type { ActivityOption } from './hooks';
import type { KindFieldsProps } from './KindFields';
import { RadioChips, optionsOf } from './RadioChips';

/** Field keys shown in the "more" section (it opens when one of them has an error). */
export const DETAIL_KEYS = ['roleText', 'orgParticipants', 'topicText', 'nextMeeting', 'followUp'];

/** The optional details of an entry: how, who, what about, what was agreed, what it counts for. */
export function DetailsFields({
  state,
  setState,
  errors,
  warnings,
  activities,
}: KindFieldsProps & { activities: ActivityOption[] }) {
  const t = sv.dialogs.form;
  const d = sv.dialogs;
  const set = (patch: Partial<DialogFormState>) => setState((s) => ({ ...s, ...patch }));
  const isIntervention = state.kind === 'intervention';
  return (
    <div className="form">
      {isIntervention ? null : (
        <>
          <RadioChips<MeetingForm | ''>
            legend={t.meetingForm}
            name="meetingForm"
            options={[
              ...optionsOf(MEETING_FORMS, d.meetingForms),
              { value: '', label: t.meetingFormNone },
            ]}
            value={state.meetingForm}
            onChange={(meetingForm) => set({ meetingForm })}
          />
          <ChipToggles
            legend={t.roles}
            options={d.roleOptions}
            selected={state.participantRoles}
            onSelected={(participantRoles) => set({ participantRoles })}
            otherLabel={t.otherRole}
            text={state.roleText}
            onText={(roleText) => set({ roleText })}
            error={errors.roleText}
            warning={warnings.roleText}
          />
          <Field label={t.orgParticipants} error={errors.orgParticipants}>
            {(props) => (
              <input
                {...props}
                type="text"
                inputMode="numeric"
                value={state.orgParticipants}
                onChange={(e) => set({ orgParticipants: e.target.value })}
              />
            )}
          </Field>
        </>
      )}
      <ChipToggles
        legend={t.topics}
        options={d.topicOptions}
        selected={state.topics}
        onSelected={(topics) => set({ topics })}
        otherLabel={t.otherTopic}
        text={state.topicText}
        onText={(topicText) => set({ topicText })}
        error={errors.topicText}
        warning={warnings.topicText}
      />
      <FollowUpsEditor
        followUps={state.followUps}
        onChange={(followUps) => set({ followUps })}
        errors={errors}
        warnings={warnings}
      />
      <Field label={t.nextMeeting} error={errors.nextMeeting}>
        {(props) => (
          <input
            {...props}
            type="date"
            value={state.nextMeeting}
            onChange={(e) => set({ nextMeeting: e.target.value })}
          />
        )}
      </Field>
      <Field label={t.activity}>
        {(props) => (
          <select
            {...props}
            value={state.activityId}
            onChange={(e) => set({ activityId: e.target.value })}
          >
            <option value="">{t.activityNone}</option>
            {activities.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {isIntervention ? null : (
        <Field label={t.preventionLevel}>
          {(props) => (
            <select
              {...props}
              value={state.preventionLevel}
              onChange={(e) => set({ preventionLevel: e.target.value as PreventionLevel | '' })}
            >
              <option value="">{t.preventionNone}</option>
              {PREVENTION_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {d.preventionLevels[level]}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </div>
  );
}
