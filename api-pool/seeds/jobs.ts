import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'jobs',
  description: 'Job boards, applicant tracking, salary data and career profiles for hiring and job seeking.',
  subdomains: [
    { name: 'job-search', description: 'Finding and reading open job postings.' },
    { name: 'applications', description: 'Submitting and tracking candidate applications in an applicant tracking system.' },
    { name: 'salary-data', description: 'Compensation benchmarks by role and location.' },
    { name: 'interviews', description: 'Scheduling and managing candidate interviews.' },
  ],
  apis: [
    {
      name: 'search_job_postings',
      domain: 'jobs',
      subdomain: 'job-search',
      description:
        'Search open job postings by keywords, location and filters. Use it to list jobs matching a candidate\'s criteria before reading a posting in detail.',
      parameters: {
        type: 'object',
        properties: {
          keywords: { type: 'string', description: 'Free-text keywords matched against title and description, e.g. "data engineer python".', minLength: 1 },
          location: { type: 'string', description: 'City, region or "remote".' },
          country_code: { type: 'string', description: 'ISO 3166-1 alpha-2 country code to restrict results.', pattern: '^[A-Z]{2}$' },
          employment_type: {
            type: 'string',
            description: 'Type of employment contract.',
            enum: ['full_time', 'part_time', 'contract', 'internship', 'temporary'],
          },
          remote_only: { type: 'boolean', description: 'Only return fully remote positions.', default: false },
          salary_filter: {
            type: 'object',
            description: 'Only postings that disclose a salary meeting this floor.',
            properties: {
              min_annual: { type: 'integer', description: 'Minimum annual base salary.', minimum: 0 },
              currency: { type: 'string', description: 'ISO 4217 currency of the amount.', pattern: '^[A-Z]{3}$', default: 'USD' },
            },
            required: ['min_annual'],
            additionalProperties: false,
          },
          posted_within_days: { type: 'integer', description: 'Only postings published within this many days.', minimum: 1, maximum: 90, default: 30 },
          page_size: { type: 'integer', description: 'Number of results per page.', minimum: 1, maximum: 50, default: 20 },
        },
        required: ['keywords'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          total: { type: 'integer', description: 'Total number of matching postings.' },
          results: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                job_id: { type: 'string' },
                title: { type: 'string' },
                company: { type: 'string' },
                location: { type: 'string' },
                employment_type: { type: 'string' },
                salary_min: { type: 'integer' },
                salary_max: { type: 'integer' },
                currency: { type: 'string' },
                posted_at: { type: 'string', format: 'date-time' },
              },
              required: ['job_id', 'title', 'company', 'location', 'posted_at'],
            },
          },
        },
        required: ['total', 'results'],
      },
      origin: 'seed',
    },
    {
      name: 'get_job_posting',
      domain: 'jobs',
      subdomain: 'job-search',
      description: 'Get the full details of one job posting: description, requirements, benefits, compensation and how to apply.',
      parameters: {
        type: 'object',
        properties: {
          job_id: { type: 'string', description: 'Identifier of the job posting, as returned by search_job_postings.', minLength: 1 },
          include_company_profile: { type: 'boolean', description: 'Also return a short profile of the hiring company.', default: false },
        },
        required: ['job_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          job_id: { type: 'string' },
          title: { type: 'string' },
          company: { type: 'string' },
          description: { type: 'string' },
          requirements: { type: 'array', items: { type: 'string' } },
          benefits: { type: 'array', items: { type: 'string' } },
          salary_range: {
            type: 'object',
            properties: { min: { type: 'integer' }, max: { type: 'integer' }, currency: { type: 'string' } },
          },
          apply_url: { type: 'string', format: 'uri' },
          closes_on: { type: 'string', format: 'date' },
          company_profile: {
            type: 'object',
            properties: { industry: { type: 'string' }, employee_count: { type: 'integer' }, website: { type: 'string', format: 'uri' } },
          },
        },
        required: ['job_id', 'title', 'company', 'description'],
      },
      origin: 'seed',
    },
    {
      name: 'submit_job_application',
      domain: 'jobs',
      subdomain: 'applications',
      description:
        'Submit a candidate\'s application to a job posting, with contact details, resume link and answers to screening questions. This sends the application to the employer and cannot be undone.',
      parameters: {
        type: 'object',
        properties: {
          job_id: { type: 'string', description: 'Identifier of the job posting to apply to.', minLength: 1 },
          candidate: {
            type: 'object',
            description: 'Candidate contact details.',
            properties: {
              first_name: { type: 'string', description: 'Given name.', minLength: 1 },
              last_name: { type: 'string', description: 'Family name.', minLength: 1 },
              email: { type: 'string', description: 'Contact email address.', format: 'email' },
              phone: { type: 'string', description: 'Phone number in E.164 format.', pattern: '^\\+[1-9][0-9]{6,14}$' },
            },
            required: ['first_name', 'last_name', 'email'],
            additionalProperties: false,
          },
          resume_url: { type: 'string', description: 'Public or signed URL of the candidate\'s resume (PDF or DOCX).', format: 'uri' },
          cover_letter: { type: 'string', description: 'Optional cover letter text.', maxLength: 5000 },
          screening_answers: {
            type: 'array',
            description: 'Answers to the posting\'s screening questions.',
            maxItems: 20,
            items: {
              type: 'object',
              properties: {
                question_id: { type: 'string', description: 'Identifier of the screening question.' },
                answer: { type: 'string', description: 'The candidate\'s answer.' },
              },
              required: ['question_id', 'answer'],
              additionalProperties: false,
            },
          },
        },
        required: ['job_id', 'candidate', 'resume_url'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          application_id: { type: 'string' },
          job_id: { type: 'string' },
          status: { type: 'string', enum: ['submitted', 'duplicate'] },
          submitted_at: { type: 'string', format: 'date-time' },
        },
        required: ['application_id', 'job_id', 'status', 'submitted_at'],
      },
      origin: 'seed',
    },
    {
      name: 'list_candidate_applications',
      domain: 'jobs',
      subdomain: 'applications',
      description: 'List the applications a candidate has submitted, with their current stage in the hiring pipeline.',
      parameters: {
        type: 'object',
        properties: {
          candidate_email: { type: 'string', description: 'Email address the candidate applied with.', format: 'email' },
          status: {
            type: 'string',
            description: 'Only return applications at this stage.',
            enum: ['submitted', 'in_review', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn'],
          },
          submitted_after: { type: 'string', description: 'Only applications submitted on or after this date.', format: 'date' },
        },
        required: ['candidate_email'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          applications: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                application_id: { type: 'string' },
                job_id: { type: 'string' },
                job_title: { type: 'string' },
                company: { type: 'string' },
                status: { type: 'string' },
                last_updated: { type: 'string', format: 'date-time' },
              },
              required: ['application_id', 'job_id', 'status'],
            },
          },
          total: { type: 'integer' },
        },
        required: ['applications', 'total'],
      },
      origin: 'seed',
    },
    {
      name: 'withdraw_job_application',
      domain: 'jobs',
      subdomain: 'applications',
      description: 'Withdraw a submitted job application. The employer is notified and the application cannot be reactivated.',
      parameters: {
        type: 'object',
        properties: {
          application_id: { type: 'string', description: 'Identifier of the application to withdraw.', minLength: 1 },
          reason: {
            type: 'string',
            description: 'Reason for withdrawing, shared with the employer.',
            enum: ['accepted_other_offer', 'no_longer_interested', 'compensation', 'relocation', 'other'],
          },
        },
        required: ['application_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          application_id: { type: 'string' },
          status: { type: 'string', enum: ['withdrawn'] },
          withdrawn_at: { type: 'string', format: 'date-time' },
        },
        required: ['application_id', 'status', 'withdrawn_at'],
      },
      origin: 'seed',
    },
    {
      name: 'get_salary_benchmark',
      domain: 'jobs',
      subdomain: 'salary-data',
      description: 'Get salary percentiles for a job title in a location and experience band, to benchmark an offer or a posting.',
      parameters: {
        type: 'object',
        properties: {
          job_title: { type: 'string', description: 'Job title, e.g. "Senior Backend Engineer".', minLength: 2 },
          location: { type: 'string', description: 'City or metropolitan area.' },
          country_code: { type: 'string', description: 'ISO 3166-1 alpha-2 country code.', pattern: '^[A-Z]{2}$' },
          years_experience: { type: 'integer', description: 'Years of relevant experience.', minimum: 0, maximum: 40 },
          currency: { type: 'string', description: 'ISO 4217 currency code for the figures.', pattern: '^[A-Z]{3}$', default: 'USD' },
        },
        required: ['job_title', 'country_code'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          job_title: { type: 'string' },
          currency: { type: 'string' },
          sample_size: { type: 'integer' },
          percentiles: {
            type: 'object',
            properties: { p10: { type: 'number' }, p25: { type: 'number' }, p50: { type: 'number' }, p75: { type: 'number' }, p90: { type: 'number' } },
            required: ['p25', 'p50', 'p75'],
          },
          updated_on: { type: 'string', format: 'date' },
        },
        required: ['job_title', 'currency', 'percentiles'],
      },
      origin: 'seed',
    },
    {
      name: 'schedule_candidate_interview',
      domain: 'jobs',
      subdomain: 'interviews',
      description:
        'Schedule an interview for an application with one or more interviewers; calendar invitations are sent to the candidate and the interviewers.',
      parameters: {
        type: 'object',
        properties: {
          application_id: { type: 'string', description: 'Identifier of the application being interviewed.', minLength: 1 },
          start_time: { type: 'string', description: 'Interview start time (ISO 8601 with offset).', format: 'date-time' },
          duration_minutes: { type: 'integer', description: 'Interview length in minutes.', minimum: 15, maximum: 480, default: 60 },
          interview_type: { type: 'string', description: 'Format of the interview.', enum: ['phone_screen', 'video', 'onsite', 'technical', 'panel'] },
          interviewers: {
            type: 'array',
            description: 'Interviewers on the panel.',
            minItems: 1,
            maxItems: 6,
            items: {
              type: 'object',
              properties: {
                email: { type: 'string', description: 'Interviewer email address.', format: 'email' },
                focus_area: { type: 'string', description: 'What this interviewer assesses.', enum: ['technical', 'behavioral', 'culture', 'hiring_manager', 'case_study'] },
                is_lead: { type: 'boolean', description: 'Whether this interviewer leads the debrief.', default: false },
              },
              required: ['email'],
              additionalProperties: false,
            },
          },
          video_link: { type: 'string', description: 'Meeting URL for video interviews.', format: 'uri' },
        },
        required: ['application_id', 'start_time', 'interview_type', 'interviewers'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          interview_id: { type: 'string' },
          application_id: { type: 'string' },
          start_time: { type: 'string', format: 'date-time' },
          end_time: { type: 'string', format: 'date-time' },
          invitations_sent: { type: 'integer' },
        },
        required: ['interview_id', 'application_id', 'start_time', 'end_time'],
      },
      origin: 'seed',
    },
  ],
};
