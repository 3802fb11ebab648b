import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'health',
  description: 'Patient records, clinic appointments, medications, vital signs and symptom triage.',
  subdomains: [
    { name: 'clinical-records', description: 'FHIR-style patient demographics and observations.' },
    { name: 'appointments', description: 'Booking visits with practitioners.' },
    { name: 'medications', description: 'Drug interactions and medication schedules.' },
    { name: 'vitals', description: 'Recording blood pressure, heart rate and other vital signs.' },
    { name: 'triage', description: 'Assessing symptoms to suggest a level of care.' },
  ],
  apis: [
    {
      name: 'search_patients',
      domain: 'health',
      subdomain: 'clinical-records',
      description:
        'Search patient records by name, birth date or identifier (FHIR Patient search). Use it to find the patient id before reading their observations or booking for them.',
      parameters: {
        type: 'object',
        properties: {
          family_name: { type: 'string', description: 'Family (last) name, prefix match.', minLength: 1 },
          given_name: { type: 'string', description: 'Given (first) name, prefix match.' },
          birth_date: { type: 'string', description: 'Date of birth.', format: 'date' },
          gender: { type: 'string', description: 'Administrative gender.', enum: ['male', 'female', 'other', 'unknown'] },
          medical_record_number: { type: 'string', description: 'Hospital medical record number, e.g. MRN0048213.', pattern: '^MRN[0-9]{7}$' },
          max_results: { type: 'integer', description: 'Maximum number of matches.', minimum: 1, maximum: 50, default: 10 },
        },
        required: ['family_name'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          total: { type: 'integer', minimum: 0, maximum: 20 },
          patients: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                patient_id: { type: 'string' },
                name: { type: 'string' },
                birth_date: { type: 'string', format: 'date' },
                gender: { type: 'string' },
                medical_record_number: { type: 'string', pattern: '^MRN[0-9]{7}$' },
                primary_practitioner: { type: 'string' },
              },
              required: ['patient_id', 'name', 'birth_date'],
            },
          },
        },
        required: ['total', 'patients'],
      },
      origin: 'seed',
    },
    {
      name: 'get_patient_observations',
      domain: 'health',
      subdomain: 'clinical-records',
      description:
        'Get a patient\'s lab results and vital-sign observations, optionally filtered by LOINC code and date range. Use it to review recent test results such as HbA1c or cholesterol.',
      parameters: {
        type: 'object',
        properties: {
          patient_id: { type: 'string', description: 'FHIR id of the patient.', minLength: 1 },
          category: { type: 'string', description: 'Observation category.', enum: ['laboratory', 'vital-signs', 'social-history', 'imaging'], default: 'laboratory' },
          loinc_codes: {
            type: 'array',
            description: 'LOINC codes to keep, e.g. 4548-4 for HbA1c.',
            items: { type: 'string', pattern: '^[0-9]{1,5}-[0-9]$' },
            minItems: 1,
            maxItems: 10,
            uniqueItems: true,
          },
          date_from: { type: 'string', description: 'Earliest effective date.', format: 'date' },
          date_to: { type: 'string', description: 'Latest effective date.', format: 'date' },
        },
        required: ['patient_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          patient_id: { type: 'string' },
          observations: {
            type: 'array',
            maxItems: 6,
            items: {
              type: 'object',
              properties: {
                observation_id: { type: 'string' },
                loinc_code: { type: 'string', pattern: '^[0-9]{1,5}-[0-9]$' },
                display: { type: 'string' },
                value: { type: 'number', minimum: 0, maximum: 300 },
                unit: { type: 'string' },
                reference_range: { type: 'string' },
                interpretation: { type: 'string', enum: ['normal', 'low', 'high', 'critical'] },
                effective_at: { type: 'string', format: 'date-time' },
              },
              required: ['observation_id', 'loinc_code', 'display', 'value', 'unit', 'effective_at'],
            },
          },
        },
        required: ['patient_id', 'observations'],
      },
      origin: 'seed',
    },
    {
      name: 'book_clinic_appointment',
      domain: 'health',
      subdomain: 'appointments',
      description:
        'Book an appointment with a practitioner at a given time, in person or by video. Use it once the practitioner and slot are known; returns the confirmation and visit instructions.',
      parameters: {
        type: 'object',
        properties: {
          practitioner_id: { type: 'string', description: 'Identifier of the doctor or practitioner.', minLength: 1 },
          start: { type: 'string', description: 'Start of the appointment slot.', format: 'date-time' },
          visit_type: { type: 'string', description: 'Kind of visit.', enum: ['new_patient', 'follow_up', 'annual_physical', 'urgent', 'vaccination'] },
          modality: { type: 'string', description: 'In person or telehealth.', enum: ['in_person', 'video', 'phone'], default: 'in_person' },
          patient: {
            type: 'object',
            description: 'Who the appointment is for.',
            properties: {
              full_name: { type: 'string', description: 'Patient full name.' },
              birth_date: { type: 'string', description: 'Patient date of birth.', format: 'date' },
              email: { type: 'string', description: 'Email for the confirmation.', format: 'email' },
              phone: { type: 'string', description: 'Mobile number in E.164 format.', pattern: '^\\+[1-9][0-9]{7,14}$' },
            },
            required: ['full_name', 'birth_date'],
            additionalProperties: false,
          },
          reason: { type: 'string', description: 'Reason for the visit in the patient\'s words.', maxLength: 500 },
        },
        required: ['practitioner_id', 'start', 'visit_type', 'patient'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          appointment_id: { type: 'string' },
          status: { type: 'string', enum: ['booked', 'pending', 'waitlisted'] },
          start: { type: 'string', format: 'date-time' },
          end: { type: 'string', format: 'date-time' },
          location: { type: 'string' },
          video_link: { type: 'string', format: 'uri' },
          instructions: { type: 'string' },
        },
        required: ['appointment_id', 'status', 'start', 'end'],
      },
      origin: 'seed',
    },
    {
      name: 'check_drug_interactions',
      domain: 'health',
      subdomain: 'medications',
      description:
        'Check a list of medications (with doses) for known drug-drug interactions and their severity. Use it before adding a new prescription or when a user asks whether two drugs can be taken together.',
      parameters: {
        type: 'object',
        properties: {
          medications: {
            type: 'array',
            description: 'Medications currently taken or proposed.',
            items: {
              type: 'object',
              properties: {
                name: { type: 'string', description: 'Generic or brand name, e.g. warfarin.', minLength: 1 },
                dose_mg: { type: 'number', description: 'Dose per intake in milligrams.', minimum: 0 },
                frequency: { type: 'string', description: 'How often it is taken.', enum: ['once_daily', 'twice_daily', 'three_times_daily', 'weekly', 'as_needed'] },
              },
              required: ['name'],
              additionalProperties: false,
            },
            minItems: 2,
            maxItems: 20,
          },
          include_food_interactions: { type: 'boolean', description: 'Also report interactions with food and alcohol.', default: false },
        },
        required: ['medications'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          interactions: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                drugs: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2 },
                severity: { type: 'string', enum: ['minor', 'moderate', 'major', 'contraindicated'] },
                description: { type: 'string' },
                recommendation: { type: 'string' },
              },
              required: ['drugs', 'severity', 'description'],
            },
          },
          checked_count: { type: 'integer', minimum: 2, maximum: 20 },
        },
        required: ['interactions', 'checked_count'],
      },
      origin: 'seed',
    },
    {
      name: 'create_medication_reminder',
      domain: 'health',
      subdomain: 'medications',
      description:
        'Schedule recurring reminders to take a medication at given times of day for a period. Use it when the user wants to be reminded of their pills.',
      parameters: {
        type: 'object',
        properties: {
          medication_name: { type: 'string', description: 'Name of the medication, e.g. metformin.', minLength: 1 },
          dose: { type: 'string', description: 'Dose to take each time, e.g. 500 mg or 2 tablets.' },
          times_of_day: {
            type: 'array',
            description: 'Local times of day at which to remind, 24-hour clock.',
            items: {
              type: 'object',
              properties: {
                hour: { type: 'integer', description: 'Hour, 0 to 23.', minimum: 0, maximum: 23 },
                minute: { type: 'integer', description: 'Minute, 0 to 59.', minimum: 0, maximum: 59, default: 0 },
              },
              required: ['hour'],
              additionalProperties: false,
            },
            minItems: 1,
            maxItems: 6,
          },
          start_date: { type: 'string', description: 'First day of the schedule.', format: 'date' },
          end_date: { type: 'string', description: 'Last day; open-ended when omitted.', format: 'date' },
          with_food: { type: 'boolean', description: 'Remind the user to take it with a meal.', default: false },
          channel: { type: 'string', description: 'How to deliver the reminder.', enum: ['push', 'sms', 'email'], default: 'push' },
        },
        required: ['medication_name', 'times_of_day', 'start_date'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          reminder_id: { type: 'string' },
          medication_name: { type: 'string' },
          next_reminder_at: { type: 'string', format: 'date-time' },
          reminders_per_day: { type: 'integer', minimum: 1, maximum: 6 },
          active: { type: 'boolean' },
        },
        required: ['reminder_id', 'medication_name', 'next_reminder_at', 'active'],
      },
      origin: 'seed',
    },
    {
      name: 'record_vital_signs',
      domain: 'health',
      subdomain: 'vitals',
      description:
        'Record a set of vital-sign readings (blood pressure, heart rate, oxygen saturation, temperature, weight) for a patient at a point in time. Use it to log home or clinic measurements.',
      parameters: {
        type: 'object',
        properties: {
          patient_id: { type: 'string', description: 'Identifier of the patient.', minLength: 1 },
          measured_at: { type: 'string', description: 'When the readings were taken.', format: 'date-time' },
          readings: {
            type: 'object',
            description: 'The measured values; include only those taken.',
            properties: {
              systolic_mmhg: { type: 'integer', description: 'Systolic blood pressure.', minimum: 60, maximum: 250 },
              diastolic_mmhg: { type: 'integer', description: 'Diastolic blood pressure.', minimum: 30, maximum: 150 },
              heart_rate_bpm: { type: 'integer', description: 'Resting heart rate.', minimum: 25, maximum: 220 },
              spo2_percent: { type: 'integer', description: 'Peripheral oxygen saturation.', minimum: 50, maximum: 100 },
              temperature_c: { type: 'number', description: 'Body temperature in Celsius.', minimum: 33, maximum: 43 },
              weight_kg: { type: 'number', description: 'Body weight in kilograms.', minimum: 1, maximum: 400 },
            },
            required: [],
            additionalProperties: false,
          },
          source: { type: 'string', description: 'Where the measurement was taken.', enum: ['home_device', 'clinic', 'wearable', 'manual'], default: 'manual' },
          notes: { type: 'string', description: 'Free-text context, e.g. measured after exercise.', maxLength: 300 },
        },
        required: ['patient_id', 'measured_at', 'readings'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          record_id: { type: 'string' },
          patient_id: { type: 'string' },
          measured_at: { type: 'string', format: 'date-time' },
          flags: {
            type: 'array',
            maxItems: 3,
            items: {
              type: 'object',
              properties: {
                reading: { type: 'string' },
                status: { type: 'string', enum: ['normal', 'elevated', 'low', 'critical'] },
              },
              required: ['reading', 'status'],
            },
          },
        },
        required: ['record_id', 'patient_id', 'measured_at', 'flags'],
      },
      origin: 'seed',
    },
    {
      name: 'assess_symptoms',
      domain: 'health',
      subdomain: 'triage',
      description:
        'Assess a set of symptoms for a person and suggest the appropriate level of care (self-care, GP, urgent care, emergency) with possible conditions. Use it for triage, not diagnosis.',
      parameters: {
        type: 'object',
        properties: {
          age: { type: 'integer', description: 'Age in years.', minimum: 0, maximum: 120 },
          sex: { type: 'string', description: 'Sex assigned at birth.', enum: ['male', 'female'] },
          symptoms: {
            type: 'array',
            description: 'Symptoms in plain words, e.g. headache, fever.',
            items: { type: 'string', minLength: 2 },
            minItems: 1,
            maxItems: 10,
          },
          duration_days: { type: 'integer', description: 'How many days the symptoms have lasted.', minimum: 0, maximum: 365 },
          severity: { type: 'string', description: 'Overall severity as felt by the person.', enum: ['mild', 'moderate', 'severe'] },
          chronic_conditions: {
            type: 'array',
            description: 'Known long-term conditions.',
            items: { type: 'string', enum: ['diabetes', 'hypertension', 'asthma', 'copd', 'heart_disease', 'pregnancy', 'immunosuppression'] },
            uniqueItems: true,
            maxItems: 7,
          },
        },
        required: ['age', 'sex', 'symptoms'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          triage_level: { type: 'string', enum: ['self_care', 'consult_gp', 'urgent_care', 'emergency'] },
          possible_conditions: {
            type: 'array',
            maxItems: 3,
            items: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                probability: { type: 'number', minimum: 0, maximum: 1 },
              },
              required: ['name', 'probability'],
            },
          },
          red_flags: { type: 'array', items: { type: 'string' }, maxItems: 3 },
          advice: { type: 'string' },
        },
        required: ['triage_level', 'possible_conditions', 'advice'],
      },
      origin: 'seed',
    },
  ],
};
