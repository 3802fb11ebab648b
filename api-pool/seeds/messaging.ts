import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'messaging',
  description: 'Team chat, transactional email, text and push notifications, and contact management.',
  subdomains: [
    { name: 'chat', description: 'Slack-style channels and messages in a team workspace.' },
    { name: 'email', description: 'Templated sending and mailbox search.' },
    { name: 'sms', description: 'Text message delivery and reports, Twilio-style.' },
    { name: 'push-notifications', description: 'Notifications to mobile and web app installs.' },
    { name: 'contacts', description: 'Address book entries and audience lists.' },
  ],
  apis: [
    {
      name: 'post_chat_message',
      domain: 'messaging',
      subdomain: 'chat',
      description:
        'Post a message to a team chat channel or reply in a thread, with optional link attachments. Use it to share an update in a workspace channel.',
      parameters: {
        type: 'object',
        properties: {
          channel: { type: 'string', description: 'Channel name without the #, e.g. release-notes.', pattern: '^[a-z0-9_-]{2,40}$' },
          text: { type: 'string', description: 'Message text; supports basic markdown.', minLength: 1, maxLength: 4000 },
          thread_id: { type: 'string', description: 'Identifier of the parent message to reply in its thread.' },
          attachments: {
            type: 'array',
            description: 'Link previews to attach.',
            items: {
              type: 'object',
              properties: {
                title: { type: 'string', description: 'Title of the attachment.' },
                url: { type: 'string', description: 'Link the title points to.', format: 'uri' },
                color: { type: 'string', description: 'Hex color of the side bar.', pattern: '^#[0-9a-fA-F]{6}$' },
              },
              required: ['title', 'url'],
              additionalProperties: false,
            },
            maxItems: 5,
          },
          notify_channel: { type: 'boolean', description: 'Mention @channel so every member is notified.', default: false },
        },
        required: ['channel', 'text'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          ok: { type: 'boolean' },
          channel_id: { type: 'string', pattern: '^C[A-Z0-9]{8}$' },
          message_id: { type: 'string' },
          thread_id: { type: 'string' },
          posted_at: { type: 'string', format: 'date-time' },
          permalink: { type: 'string', format: 'uri' },
        },
        required: ['ok', 'channel_id', 'message_id', 'posted_at'],
      },
      origin: 'seed',
    },
    {
      name: 'create_chat_channel',
      domain: 'messaging',
      subdomain: 'chat',
      description:
        'Create a new public or private chat channel with a topic and invite members. Use it when a team needs a dedicated space for a project or incident.',
      parameters: {
        type: 'object',
        properties: {
          name: { type: 'string', description: 'Channel name: lower case letters, digits, hyphens and underscores.', pattern: '^[a-z0-9_-]{2,40}$' },
          is_private: { type: 'boolean', description: 'Only invited members can see the channel.', default: false },
          topic: { type: 'string', description: 'Short topic shown in the channel header.', maxLength: 250 },
          member_emails: {
            type: 'array',
            description: 'Emails of workspace members to invite.',
            items: { type: 'string', format: 'email' },
            maxItems: 100,
            uniqueItems: true,
          },
        },
        required: ['name'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          channel_id: { type: 'string', pattern: '^C[A-Z0-9]{8}$' },
          name: { type: 'string' },
          is_private: { type: 'boolean' },
          member_count: { type: 'integer', minimum: 1, maximum: 100 },
          created_at: { type: 'string', format: 'date-time' },
        },
        required: ['channel_id', 'name', 'is_private', 'member_count', 'created_at'],
      },
      origin: 'seed',
    },
    {
      name: 'send_templated_email',
      domain: 'messaging',
      subdomain: 'email',
      description:
        'Send a transactional email built from a stored template to one or more recipients, filling the template variables, now or at a scheduled time. Use it for receipts, invitations and notices rather than free-form mail.',
      parameters: {
        type: 'object',
        properties: {
          template_id: { type: 'string', description: 'Identifier of the stored template, e.g. d-3f9a1c.', minLength: 1 },
          recipients: {
            type: 'array',
            description: 'Who receives the email.',
            items: {
              type: 'object',
              properties: {
                email: { type: 'string', description: 'Recipient address.', format: 'email' },
                name: { type: 'string', description: 'Recipient display name.' },
              },
              required: ['email'],
              additionalProperties: false,
            },
            minItems: 1,
            maxItems: 50,
          },
          variables: {
            type: 'array',
            description: 'Values substituted into the template placeholders.',
            items: {
              type: 'object',
              properties: {
                key: { type: 'string', description: 'Placeholder name, e.g. first_name.', pattern: '^[a-z_]{2,20}$' },
                value: { type: 'string', description: 'Text to substitute.' },
              },
              required: ['key', 'value'],
              additionalProperties: false,
            },
            maxItems: 20,
          },
          from_email: { type: 'string', description: 'Verified sender address.', format: 'email' },
          send_at: { type: 'string', description: 'When to send; immediately when omitted.', format: 'date-time' },
          track_opens: { type: 'boolean', description: 'Embed an open-tracking pixel.', default: true },
        },
        required: ['template_id', 'recipients'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          batch_id: { type: 'string' },
          accepted: { type: 'integer', minimum: 0, maximum: 50 },
          rejected: { type: 'integer', minimum: 0, maximum: 5 },
          status: { type: 'string', enum: ['queued', 'scheduled', 'sent'] },
          scheduled_for: { type: 'string', format: 'date-time' },
        },
        required: ['batch_id', 'accepted', 'rejected', 'status'],
      },
      origin: 'seed',
    },
    {
      name: 'search_mailbox',
      domain: 'messaging',
      subdomain: 'email',
      description:
        'Search the user\'s mailbox for messages by text, sender, folder, date and attachments. Use it to find a specific email the user received or sent.',
      parameters: {
        type: 'object',
        properties: {
          query: { type: 'string', description: 'Words to match in subject and body.' },
          from: { type: 'string', description: 'Only messages from this sender.', format: 'email' },
          folder: { type: 'string', description: 'Mailbox folder to search.', enum: ['inbox', 'sent', 'archive', 'drafts', 'spam', 'all'], default: 'inbox' },
          after: { type: 'string', description: 'Only messages received on or after this date.', format: 'date' },
          before: { type: 'string', description: 'Only messages received before this date.', format: 'date' },
          has_attachment: { type: 'boolean', description: 'Only messages with attachments.' },
          unread_only: { type: 'boolean', description: 'Only unread messages.', default: false },
          max_results: { type: 'integer', description: 'Maximum messages to return.', minimum: 1, maximum: 100, default: 20 },
        },
        required: [],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          messages: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                message_id: { type: 'string' },
                from: { type: 'string', format: 'email' },
                subject: { type: 'string' },
                snippet: { type: 'string' },
                received_at: { type: 'string', format: 'date-time' },
                unread: { type: 'boolean' },
                attachment_count: { type: 'integer', minimum: 0, maximum: 4 },
              },
              required: ['message_id', 'from', 'subject', 'received_at'],
            },
          },
          result_size_estimate: { type: 'integer', minimum: 0, maximum: 500 },
        },
        required: ['messages', 'result_size_estimate'],
      },
      origin: 'seed',
    },
    {
      name: 'get_sms_delivery_report',
      domain: 'messaging',
      subdomain: 'sms',
      description:
        'Get the delivery status of a previously sent text message by its message SID, with carrier error codes when it failed. Use it to check whether a text actually reached the phone.',
      parameters: {
        type: 'object',
        properties: {
          message_sid: { type: 'string', description: 'Identifier of the sent message, SM followed by 32 hex characters.', pattern: '^SM[0-9a-f]{32}$' },
          include_price: { type: 'boolean', description: 'Also return what the message cost.', default: false },
        },
        required: ['message_sid'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          message_sid: { type: 'string' },
          to: { type: 'string', pattern: '^\\+[1-9][0-9]{9,12}$' },
          status: { type: 'string', enum: ['queued', 'sent', 'delivered', 'undelivered', 'failed'] },
          error_code: { type: 'integer', minimum: 30001, maximum: 30010 },
          segments: { type: 'integer', minimum: 1, maximum: 4 },
          price: { type: 'number', minimum: 0, maximum: 1 },
          sent_at: { type: 'string', format: 'date-time' },
          delivered_at: { type: 'string', format: 'date-time' },
        },
        required: ['message_sid', 'to', 'status', 'sent_at'],
      },
      origin: 'seed',
    },
    {
      name: 'send_push_notification',
      domain: 'messaging',
      subdomain: 'push-notifications',
      description:
        'Send a push notification to app users, either to specific device tokens or to a topic segment, with optional deep link and priority. Use it to alert app users of something time-sensitive.',
      parameters: {
        type: 'object',
        properties: {
          title: { type: 'string', description: 'Notification title.', minLength: 1, maxLength: 65 },
          body: { type: 'string', description: 'Notification body text.', maxLength: 240 },
          device_tokens: {
            type: 'array',
            description: 'Target device registration tokens; use topic instead to reach a segment.',
            items: { type: 'string', pattern: '^[A-Za-z0-9_:-]{32,}$', maxLength: 4096 },
            minItems: 1,
            maxItems: 500,
          },
          topic: { type: 'string', description: 'Topic name subscribers follow, e.g. breaking-offers.', pattern: '^[a-z0-9_-]{2,30}$' },
          deep_link: { type: 'string', description: 'URL opened when the notification is tapped.', format: 'uri' },
          priority: { type: 'string', description: 'Delivery priority.', enum: ['normal', 'high'], default: 'normal' },
          ttl_seconds: { type: 'integer', description: 'Drop the notification if undelivered after this many seconds.', minimum: 0, maximum: 2419200, default: 86400 },
        },
        required: ['title'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          notification_id: { type: 'string' },
          success_count: { type: 'integer', minimum: 0, maximum: 500 },
          failure_count: { type: 'integer', minimum: 0, maximum: 10 },
          sent_at: { type: 'string', format: 'date-time' },
        },
        required: ['notification_id', 'success_count', 'failure_count', 'sent_at'],
      },
      origin: 'seed',
    },
    {
      name: 'upsert_contact',
      domain: 'messaging',
      subdomain: 'contacts',
      description:
        'Create a contact or update the existing one with the same email: name, phone, tags, lists and consent. Use it to save someone to the address book or a mailing list.',
      parameters: {
        type: 'object',
        properties: {
          email: { type: 'string', description: 'Contact email, used as the unique key.', format: 'email' },
          first_name: { type: 'string', description: 'Given name.' },
          last_name: { type: 'string', description: 'Family name.' },
          phone: { type: 'string', description: 'Mobile number in E.164 format, e.g. +14155550123.', pattern: '^\\+[1-9][0-9]{7,14}$' },
          tags: {
            type: 'array',
            description: 'Free labels for segmentation, e.g. vip.',
            items: { type: 'string', pattern: '^[a-z0-9-]{1,30}$' },
            maxItems: 20,
            uniqueItems: true,
          },
          list_ids: {
            type: 'array',
            description: 'Mailing lists to add the contact to.',
            items: { type: 'string' },
            maxItems: 10,
            uniqueItems: true,
          },
          marketing_consent: { type: 'boolean', description: 'Whether the contact agreed to receive marketing.', default: false },
        },
        required: ['email'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          contact_id: { type: 'string' },
          email: { type: 'string', format: 'email' },
          created: { type: 'boolean' },
          list_count: { type: 'integer', minimum: 0, maximum: 10 },
          updated_at: { type: 'string', format: 'date-time' },
        },
        required: ['contact_id', 'email', 'created', 'updated_at'],
      },
      origin: 'seed',
    },
  ],
};
