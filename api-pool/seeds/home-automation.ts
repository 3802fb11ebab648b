import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'home-automation',
  description: 'Smart-home hubs and devices: device inventory and state, lighting, climate, locks and alarms, scenes and automation rules.',
  subdomains: [
    { name: 'devices', description: 'Discovering smart-home devices and reading their state.' },
    { name: 'lighting', description: 'Lights, dimmers and colour bulbs.' },
    { name: 'climate', description: 'Thermostats, HVAC modes and schedules.' },
    { name: 'security-and-access', description: 'Smart locks, alarm systems and cameras.' },
    { name: 'automations', description: 'Scenes and trigger-condition-action automation rules.' },
  ],
  apis: [
    {
      name: 'list_smart_home_devices',
      domain: 'home-automation',
      subdomain: 'devices',
      description: 'List the devices connected to the smart-home hub, with their room, type, online status and current state summary.',
      parameters: {
        type: 'object',
        properties: {
          room: { type: 'string', description: 'Only devices in this room, e.g. "living room".' },
          device_types: {
            type: 'array',
            description: 'Only devices of these types.',
            items: { type: 'string', enum: ['light', 'switch', 'thermostat', 'lock', 'sensor', 'camera', 'speaker', 'blind', 'plug', 'alarm_panel'] },
            uniqueItems: true,
          },
          only_offline: { type: 'boolean', description: 'Only list devices that are unreachable.', default: false },
        },
        required: [],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          devices: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                device_id: { type: 'string' },
                name: { type: 'string' },
                type: { type: 'string' },
                room: { type: 'string' },
                manufacturer: { type: 'string' },
                online: { type: 'boolean' },
                state: { type: 'string' },
                battery_percent: { type: 'integer', minimum: 0, maximum: 100 },
              },
              required: ['device_id', 'name', 'type', 'online'],
            },
          },
          total: { type: 'integer' },
        },
        required: ['devices', 'total'],
      },
      origin: 'seed',
    },
    {
      name: 'get_sensor_history',
      domain: 'home-automation',
      subdomain: 'devices',
      description: 'Get the recorded history of a sensor (temperature, humidity, motion, door contact, power) over a time range, with min/max/mean statistics.',
      parameters: {
        type: 'object',
        properties: {
          entity_id: { type: 'string', description: 'Sensor entity, e.g. "sensor.bedroom_temperature".', pattern: '^[a-z_]+\\.[a-z0-9_]+$' },
          start_time: { type: 'string', description: 'Beginning of the period.', format: 'date-time' },
          end_time: { type: 'string', description: 'End of the period; defaults to now.', format: 'date-time' },
          aggregation: { type: 'string', description: 'Downsampling of the readings.', enum: ['raw', '5min', 'hour', 'day'], default: 'hour' },
        },
        required: ['entity_id', 'start_time'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          entity_id: { type: 'string' },
          unit: { type: 'string' },
          statistics: { type: 'object', properties: { min: { type: 'number' }, max: { type: 'number' }, mean: { type: 'number' } } },
          points: {
            type: 'array',
            items: { type: 'object', properties: { time: { type: 'string', format: 'date-time' }, value: { type: ['number', 'string'] } }, required: ['time', 'value'] },
          },
        },
        required: ['entity_id', 'points'],
      },
      origin: 'seed',
    },
    {
      name: 'set_smart_light_state',
      domain: 'home-automation',
      subdomain: 'lighting',
      description: 'Turn one or more lights on or off and set brightness, colour temperature or RGB colour, with an optional fade transition.',
      parameters: {
        type: 'object',
        properties: {
          device_ids: { type: 'array', description: 'Lights to change.', items: { type: 'string' }, minItems: 1, maxItems: 50 },
          on: { type: 'boolean', description: 'True to turn on, false to turn off.' },
          brightness_percent: { type: 'integer', description: 'Brightness level.', minimum: 1, maximum: 100 },
          color_temp_kelvin: { type: 'integer', description: 'White colour temperature.', minimum: 2000, maximum: 6500 },
          rgb_color: {
            type: 'object',
            description: 'RGB colour, for colour bulbs.',
            properties: {
              r: { type: 'integer', description: 'Red channel.', minimum: 0, maximum: 255 },
              g: { type: 'integer', description: 'Green channel.', minimum: 0, maximum: 255 },
              b: { type: 'integer', description: 'Blue channel.', minimum: 0, maximum: 255 },
            },
            required: ['r', 'g', 'b'],
            additionalProperties: false,
          },
          transition_seconds: { type: 'number', description: 'Fade duration.', minimum: 0, maximum: 300, default: 0.5 },
        },
        required: ['device_ids', 'on'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          results: {
            type: 'array',
            items: {
              type: 'object',
              properties: { device_id: { type: 'string' }, success: { type: 'boolean' }, state: { type: 'string' }, brightness_percent: { type: 'integer' }, error: { type: 'string' } },
              required: ['device_id', 'success'],
            },
          },
        },
        required: ['results'],
      },
      origin: 'seed',
    },
    {
      name: 'set_thermostat',
      domain: 'home-automation',
      subdomain: 'climate',
      description: 'Set a thermostat\'s HVAC mode, target temperature (or heat/cool range) and fan mode, optionally holding it until a given time.',
      parameters: {
        type: 'object',
        properties: {
          device_id: { type: 'string', description: 'Thermostat device.', minLength: 1 },
          hvac_mode: { type: 'string', description: 'Operating mode.', enum: ['off', 'heat', 'cool', 'heat_cool', 'auto', 'dry', 'fan_only'] },
          target_temperature: { type: 'number', description: 'Setpoint in the hub\'s unit (heat or cool modes).', minimum: 5, maximum: 35 },
          target_range: {
            type: 'object',
            description: 'Setpoint range for heat_cool mode.',
            properties: {
              low: { type: 'number', description: 'Heat to at least this temperature.', minimum: 5, maximum: 35 },
              high: { type: 'number', description: 'Cool to at most this temperature.', minimum: 5, maximum: 35 },
            },
            required: ['low', 'high'],
            additionalProperties: false,
          },
          fan_mode: { type: 'string', description: 'Fan behaviour.', enum: ['auto', 'on', 'circulate'], default: 'auto' },
          hold_until: { type: 'string', description: 'Keep this setting until this time, then resume the schedule.', format: 'date-time' },
        },
        required: ['device_id', 'hvac_mode'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          device_id: { type: 'string' },
          hvac_mode: { type: 'string' },
          current_temperature: { type: 'number' },
          target_temperature: { type: 'number' },
          unit: { type: 'string', enum: ['C', 'F'] },
          hold_until: { type: 'string', format: 'date-time' },
        },
        required: ['device_id', 'hvac_mode', 'current_temperature'],
      },
      origin: 'seed',
    },
    {
      name: 'set_smart_lock_state',
      domain: 'home-automation',
      subdomain: 'security-and-access',
      description:
        'Lock or unlock a smart door lock remotely. Unlocking gives physical access to the home, so only do it on the user\'s explicit request; a PIN may be required by the lock.',
      parameters: {
        type: 'object',
        properties: {
          device_id: { type: 'string', description: 'Lock device.', minLength: 1 },
          action: { type: 'string', description: 'Lock or unlock.', enum: ['lock', 'unlock'] },
          pin_code: { type: 'string', description: 'User PIN required by some locks to unlock remotely.', pattern: '^[0-9]{4,8}$' },
          auto_relock_seconds: { type: 'integer', description: 'Relock automatically after this many seconds (unlock only).', minimum: 10, maximum: 3600 },
        },
        required: ['device_id', 'action'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          device_id: { type: 'string' },
          state: { type: 'string', enum: ['locked', 'unlocked', 'jammed'] },
          changed_at: { type: 'string', format: 'date-time' },
          battery_percent: { type: 'integer' },
        },
        required: ['device_id', 'state', 'changed_at'],
      },
      origin: 'seed',
    },
    {
      name: 'arm_home_alarm',
      domain: 'home-automation',
      subdomain: 'security-and-access',
      description: 'Arm or disarm the home alarm panel in a given mode. Disarming turns off intrusion monitoring and requires the alarm code.',
      parameters: {
        type: 'object',
        properties: {
          panel_id: { type: 'string', description: 'Alarm panel device.', minLength: 1 },
          mode: { type: 'string', description: 'Target alarm mode.', enum: ['armed_away', 'armed_home', 'armed_night', 'armed_vacation', 'disarmed'] },
          code: { type: 'string', description: 'Alarm code (required to disarm).', pattern: '^[0-9]{4,8}$' },
          bypass_open_sensors: { type: 'boolean', description: 'Arm even if some door or window sensors are open.', default: false },
        },
        required: ['panel_id', 'mode'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          panel_id: { type: 'string' },
          state: { type: 'string', enum: ['arming', 'armed_away', 'armed_home', 'armed_night', 'armed_vacation', 'disarmed', 'triggered'] },
          exit_delay_seconds: { type: 'integer' },
          bypassed_sensors: { type: 'array', items: { type: 'string' } },
        },
        required: ['panel_id', 'state'],
      },
      origin: 'seed',
    },
    {
      name: 'create_home_automation_rule',
      domain: 'home-automation',
      subdomain: 'automations',
      description:
        'Create an automation rule on the hub: when a trigger fires (device state change, time, sunrise/sunset), and optional conditions hold, run a list of device actions.',
      parameters: {
        type: 'object',
        properties: {
          name: { type: 'string', description: 'Human-readable name of the rule.', minLength: 1, maxLength: 100 },
          trigger: {
            type: 'object',
            description: 'What starts the automation.',
            properties: {
              type: { type: 'string', description: 'Trigger kind.', enum: ['state_change', 'time', 'sunrise', 'sunset', 'numeric_threshold'] },
              entity_id: { type: 'string', description: 'Entity watched for state_change or numeric_threshold triggers.' },
              to_state: { type: 'string', description: 'State that fires a state_change trigger, e.g. "on" or "open".' },
              at_time: { type: 'string', description: 'Time of day for time triggers, HH:MM.', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
              offset_minutes: { type: 'integer', description: 'Offset for sunrise/sunset triggers.', minimum: -180, maximum: 180, default: 0 },
              above: { type: 'number', description: 'Fire when the value rises above this (numeric_threshold).' },
            },
            required: ['type'],
            additionalProperties: false,
          },
          only_when_home: { type: 'boolean', description: 'Condition: run only if someone is home.', default: false },
          actions: {
            type: 'array',
            description: 'Device actions to run, in order.',
            minItems: 1,
            maxItems: 20,
            items: {
              type: 'object',
              properties: {
                device_id: { type: 'string', description: 'Target device.' },
                command: { type: 'string', description: 'Command to send.', enum: ['turn_on', 'turn_off', 'toggle', 'set_level', 'lock', 'unlock', 'notify'] },
                value: { type: 'number', description: 'Level or value for set_level commands.' },
                delay_seconds: { type: 'integer', description: 'Wait before running this action.', minimum: 0, maximum: 86400, default: 0 },
              },
              required: ['device_id', 'command'],
              additionalProperties: false,
            },
          },
          enabled: { type: 'boolean', description: 'Activate the rule immediately.', default: true },
        },
        required: ['name', 'trigger', 'actions'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          rule_id: { type: 'string' },
          name: { type: 'string' },
          enabled: { type: 'boolean' },
          created_at: { type: 'string', format: 'date-time' },
        },
        required: ['rule_id', 'enabled', 'created_at'],
      },
      origin: 'seed',
    },
    {
      name: 'delete_home_automation_rule',
      domain: 'home-automation',
      subdomain: 'automations',
      description: 'Permanently delete an automation rule from the hub. The rule stops running immediately and cannot be restored.',
      parameters: {
        type: 'object',
        properties: {
          rule_id: { type: 'string', description: 'Rule to delete.', minLength: 1 },
        },
        required: ['rule_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          rule_id: { type: 'string' },
          deleted: { type: 'boolean' },
          deleted_at: { type: 'string', format: 'date-time' },
        },
        required: ['rule_id', 'deleted'],
      },
      origin: 'seed',
    },
  ],
};
