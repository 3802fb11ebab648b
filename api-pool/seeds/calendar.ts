import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'calendar',
  description: 'Calendars and events: listing, editing, invitations, group scheduling, availability, sharing and reminders.',
  subdomains: [
    { name: 'events', description: 'Reading and editing calendar events.' },
    { name: 'invitations', description: 'Answering meeting invitations.' },
    { name: 'scheduling', description: 'Finding a time that works for several people.' },
    { name: 'availability', description: 'Out-of-office periods and working hours.' },
    { name: 'sharing', description: 'Who can see or edit a calendar.' },
    { name: 'reminders', description: 'Notifications before events.' },
  ],
  apis: [
    {
      name: 'list_calendar_events',
      domain: 'calendar',
      subdomain: 'events',
      description:
        'List the events of a calendar between two instants, optionally matching text, with recurring events expanded. Use it to answer what is on the agenda for a day or week.',
      parameters: {
        type: 'object',
        properties: {
          calendar_id: { type: 'string', description: 'Calendar identifier; "primary" for the user\'s main calendar.', default: 'primary' },
          time_min: { type: 'string', description: 'Start of the window (inclusive).', format: 'date-time' },
          time_max: { type: 'string', description: 'End of the window (exclusive).', format: 'date-time' },
          query: { type: 'string', description: 'Text to match in title, description, location or attendees.' },
          expand_recurring: { type: 'boolean', description: 'Return each occurrence of recurring events separately.', default: true },
          include_declined: { type: 'boolean', description: 'Include events the user declined.', default: false },
          max_results: { type: 'integer', description: 'Maximum number of events.', minimum: 1, maximum: 250, default: 50 },
        },
        required: ['time_min', 'time_max'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          calendar_id: { type: 'string' },
          time_zone: { type: 'string' },
          events: {
            type: 'array',
            maxItems: 6,
            items: {
              type: 'object',
              properties: {
                event_id: { type: 'string' },
                title: { type: 'string' },
                start: { type: 'string', format: 'date-time' },
                end: { type: 'string', format: 'date-time' },
                location: { type: 'string' },
                organizer: { type: 'string', format: 'email' },
                attendee_count: { type: 'integer', minimum: 0, maximum: 20 },
                response_status: { type: 'string', enum: ['accepted', 'tentative', 'needs_action', 'declined'] },
              },
              required: ['event_id', 'title', 'start', 'end'],
            },
          },
        },
        required: ['calendar_id', 'events'],
      },
      origin: 'seed',
    },
    {
      name: 'update_calendar_event',
      domain: 'calendar',
      subdomain: 'events',
      description:
        'Change an existing event: move it, rename it, change its location or description, and choose whether attendees are notified. Use it to reschedule or edit a meeting rather than recreate it.',
      parameters: {
        type: 'object',
        properties: {
          event_id: { type: 'string', description: 'Identifier of the event to change.', minLength: 1 },
          calendar_id: { type: 'string', description: 'Calendar holding the event.', default: 'primary' },
          changes: {
            type: 'object',
            description: 'Fields to change; omitted fields keep their value.',
            properties: {
              title: { type: 'string', description: 'New title.', minLength: 1 },
              start: { type: 'string', description: 'New start time.', format: 'date-time' },
              end: { type: 'string', description: 'New end time.', format: 'date-time' },
              location: { type: 'string', description: 'New location or meeting room.' },
              description: { type: 'string', description: 'New description / agenda.', maxLength: 8000 },
            },
            required: [],
            additionalProperties: false,
          },
          apply_to: { type: 'string', description: 'For a recurring event: which occurrences to change.', enum: ['this_event', 'this_and_following', 'all_events'], default: 'this_event' },
          send_updates: { type: 'string', description: 'Whom to notify of the change.', enum: ['all', 'external_only', 'none'], default: 'all' },
        },
        required: ['event_id', 'changes'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          event_id: { type: 'string' },
          title: { type: 'string' },
          start: { type: 'string', format: 'date-time' },
          end: { type: 'string', format: 'date-time' },
          updated_at: { type: 'string', format: 'date-time' },
          notified_attendees: { type: 'integer', minimum: 0, maximum: 20 },
        },
        required: ['event_id', 'title', 'start', 'end', 'updated_at'],
      },
      origin: 'seed',
    },
    {
      name: 'respond_to_invitation',
      domain: 'calendar',
      subdomain: 'invitations',
      description:
        'Accept, decline or tentatively accept a meeting invitation, optionally with a note to the organizer or a proposed new time. Use it when the user answers an invite.',
      parameters: {
        type: 'object',
        properties: {
          event_id: { type: 'string', description: 'Identifier of the invitation event.', minLength: 1 },
          response: { type: 'string', description: 'The answer.', enum: ['accepted', 'declined', 'tentative'] },
          comment: { type: 'string', description: 'Note sent to the organizer.', maxLength: 500 },
          proposed_start: { type: 'string', description: 'Suggest a new start time to the organizer.', format: 'date-time' },
          proposed_end: { type: 'string', description: 'End of the suggested new time.', format: 'date-time' },
        },
        required: ['event_id', 'response'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          event_id: { type: 'string' },
          response: { type: 'string' },
          organizer: { type: 'string', format: 'email' },
          responded_at: { type: 'string', format: 'date-time' },
        },
        required: ['event_id', 'response', 'responded_at'],
      },
      origin: 'seed',
    },
    {
      name: 'schedule_group_meeting',
      domain: 'calendar',
      subdomain: 'scheduling',
      description:
        'Find the best slot for a meeting of several participants within a date window from their free/busy data and book it, optionally with a video link. Use it when the user wants to set up a meeting with people without picking the time themselves.',
      parameters: {
        type: 'object',
        properties: {
          title: { type: 'string', description: 'Meeting title.', minLength: 1 },
          duration_minutes: { type: 'integer', description: 'Length of the meeting.', minimum: 15, maximum: 480, default: 30 },
          participants: {
            type: 'array',
            description: 'People to invite.',
            items: {
              type: 'object',
              properties: {
                email: { type: 'string', description: 'Participant email.', format: 'email' },
                optional: { type: 'boolean', description: 'The meeting can happen without this person.', default: false },
              },
              required: ['email'],
              additionalProperties: false,
            },
            minItems: 1,
            maxItems: 30,
          },
          window: {
            type: 'object',
            description: 'Date range in which to look for a slot.',
            properties: {
              earliest_date: { type: 'string', description: 'First acceptable day.', format: 'date' },
              latest_date: { type: 'string', description: 'Last acceptable day.', format: 'date' },
            },
            required: ['earliest_date', 'latest_date'],
            additionalProperties: false,
          },
          working_hours_only: { type: 'boolean', description: 'Only consider each participant\'s working hours.', default: true },
          add_video_conference: { type: 'boolean', description: 'Attach a video meeting link.', default: true },
        },
        required: ['title', 'participants', 'window'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          event_id: { type: 'string' },
          start: { type: 'string', format: 'date-time' },
          end: { type: 'string', format: 'date-time' },
          conference_url: { type: 'string', format: 'uri' },
          unavailable_optional: { type: 'array', items: { type: 'string', format: 'email' }, maxItems: 3 },
          alternatives: {
            type: 'array',
            maxItems: 3,
            items: {
              type: 'object',
              properties: {
                start: { type: 'string', format: 'date-time' },
                end: { type: 'string', format: 'date-time' },
              },
              required: ['start', 'end'],
            },
          },
        },
        required: ['event_id', 'start', 'end'],
      },
      origin: 'seed',
    },
    {
      name: 'set_out_of_office',
      domain: 'calendar',
      subdomain: 'availability',
      description:
        'Block an out-of-office period on the calendar, optionally auto-declining new and existing meetings in that period with a message. Use it for vacations and leave.',
      parameters: {
        type: 'object',
        properties: {
          start: { type: 'string', description: 'Start of the absence.', format: 'date-time' },
          end: { type: 'string', description: 'End of the absence.', format: 'date-time' },
          auto_decline: { type: 'string', description: 'Which invitations to decline automatically.', enum: ['none', 'new_only', 'new_and_existing'], default: 'new_only' },
          decline_message: { type: 'string', description: 'Message sent with automatic declines.', maxLength: 500 },
          visibility: { type: 'string', description: 'Who sees the block as out of office.', enum: ['default', 'public', 'private'], default: 'default' },
        },
        required: ['start', 'end'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          event_id: { type: 'string' },
          start: { type: 'string', format: 'date-time' },
          end: { type: 'string', format: 'date-time' },
          declined_meetings: { type: 'integer', minimum: 0, maximum: 12 },
        },
        required: ['event_id', 'start', 'end', 'declined_meetings'],
      },
      origin: 'seed',
    },
    {
      name: 'share_calendar',
      domain: 'calendar',
      subdomain: 'sharing',
      description:
        'Grant another person access to a calendar, from seeing free/busy only to managing sharing. Use it when the user wants an assistant, partner or colleague to see or edit their calendar.',
      parameters: {
        type: 'object',
        properties: {
          calendar_id: { type: 'string', description: 'Calendar to share.', default: 'primary' },
          grantee_email: { type: 'string', description: 'Email of the person to share with.', format: 'email' },
          role: { type: 'string', description: 'Access level.', enum: ['free_busy_reader', 'reader', 'writer', 'owner'] },
          send_notification: { type: 'boolean', description: 'Email the grantee about the new access.', default: true },
        },
        required: ['grantee_email', 'role'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          rule_id: { type: 'string' },
          calendar_id: { type: 'string' },
          grantee_email: { type: 'string', format: 'email' },
          role: { type: 'string' },
          created_at: { type: 'string', format: 'date-time' },
        },
        required: ['rule_id', 'calendar_id', 'grantee_email', 'role'],
      },
      origin: 'seed',
    },
    {
      name: 'set_event_reminders',
      domain: 'calendar',
      subdomain: 'reminders',
      description:
        'Replace the reminders of an event with a list of email or pop-up notifications at given offsets before it starts. Use it when the user wants to be reminded ahead of a meeting.',
      parameters: {
        type: 'object',
        properties: {
          event_id: { type: 'string', description: 'Identifier of the event.', minLength: 1 },
          reminders: {
            type: 'array',
            description: 'Reminders to set; an empty list removes all reminders.',
            items: {
              type: 'object',
              properties: {
                method: { type: 'string', description: 'How to remind.', enum: ['popup', 'email'] },
                minutes_before: { type: 'integer', description: 'How long before the start, up to four weeks.', minimum: 0, maximum: 40320 },
              },
              required: ['method', 'minutes_before'],
              additionalProperties: false,
            },
            maxItems: 5,
          },
        },
        required: ['event_id', 'reminders'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          event_id: { type: 'string' },
          reminders: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                method: { type: 'string' },
                minutes_before: { type: 'integer', minimum: 0, maximum: 40320 },
                fires_at: { type: 'string', format: 'date-time' },
              },
              required: ['method', 'minutes_before'],
            },
          },
        },
        required: ['event_id', 'reminders'],
      },
      origin: 'seed',
    },
  ],
};
