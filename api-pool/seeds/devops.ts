import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'devops',
  description: 'Source control, CI/CD pipelines, Kubernetes workloads, metrics and incident response for software teams.',
  subdomains: [
    { name: 'source-control', description: 'Repositories, commits and pull requests, GitHub-style.' },
    { name: 'ci-cd', description: 'Build and deployment pipelines and their logs.' },
    { name: 'containers', description: 'Kubernetes deployments and pods.' },
    { name: 'monitoring', description: 'Time-series metrics queries.' },
    { name: 'incidents', description: 'Declaring and tracking production incidents.' },
  ],
  apis: [
    {
      name: 'create_pull_request',
      domain: 'devops',
      subdomain: 'source-control',
      description:
        'Open a pull request from a head branch into a base branch of a repository, with title, description, reviewers and labels. Use it once changes are pushed and ready for review.',
      parameters: {
        type: 'object',
        properties: {
          repository: { type: 'string', description: 'Repository as owner/name, e.g. acme/payments-api.', pattern: '^[a-z0-9-]{2,24}/[a-z0-9._-]{2,40}$' },
          title: { type: 'string', description: 'Pull request title.', minLength: 1, maxLength: 256 },
          head: { type: 'string', description: 'Branch with the changes, e.g. feature/retry-webhooks.', minLength: 1 },
          base: { type: 'string', description: 'Branch to merge into.', default: 'main' },
          body: { type: 'string', description: 'Description in markdown.', maxLength: 65536 },
          draft: { type: 'boolean', description: 'Open as a draft that cannot be merged yet.', default: false },
          reviewers: {
            type: 'array',
            description: 'Usernames to request a review from.',
            items: { type: 'string', pattern: '^[a-z0-9-]{2,39}$' },
            maxItems: 15,
            uniqueItems: true,
          },
          labels: {
            type: 'array',
            description: 'Labels to apply, e.g. bug, dependencies.',
            items: { type: 'string' },
            maxItems: 10,
            uniqueItems: true,
          },
        },
        required: ['repository', 'title', 'head'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          number: { type: 'integer', minimum: 1, maximum: 9999 },
          url: { type: 'string', format: 'uri' },
          state: { type: 'string', enum: ['open', 'draft'] },
          mergeable: { type: 'boolean' },
          commits: { type: 'integer', minimum: 1, maximum: 30 },
          changed_files: { type: 'integer', minimum: 1, maximum: 80 },
          created_at: { type: 'string', format: 'date-time' },
        },
        required: ['number', 'url', 'state', 'created_at'],
      },
      origin: 'seed',
    },
    {
      name: 'list_repository_commits',
      domain: 'devops',
      subdomain: 'source-control',
      description:
        'List commits on a branch of a repository, newest first, filtered by author, path or date. Use it to see what changed recently or who touched a file.',
      parameters: {
        type: 'object',
        properties: {
          repository: { type: 'string', description: 'Repository as owner/name.', pattern: '^[a-z0-9-]{2,24}/[a-z0-9._-]{2,40}$' },
          branch: { type: 'string', description: 'Branch or tag name; the default branch when omitted.' },
          path: { type: 'string', description: 'Only commits touching this file or directory, e.g. src/api.' },
          author: { type: 'string', description: 'Username or email of the author.' },
          since: { type: 'string', description: 'Only commits after this instant.', format: 'date-time' },
          until: { type: 'string', description: 'Only commits before this instant.', format: 'date-time' },
          per_page: { type: 'integer', description: 'Commits per page.', minimum: 1, maximum: 100, default: 30 },
        },
        required: ['repository'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          commits: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                sha: { type: 'string', pattern: '^[0-9a-f]{40}$' },
                message: { type: 'string' },
                author: { type: 'string' },
                authored_at: { type: 'string', format: 'date-time' },
                additions: { type: 'integer', minimum: 0, maximum: 500 },
                deletions: { type: 'integer', minimum: 0, maximum: 500 },
              },
              required: ['sha', 'message', 'author', 'authored_at'],
            },
          },
          has_more: { type: 'boolean' },
        },
        required: ['commits', 'has_more'],
      },
      origin: 'seed',
    },
    {
      name: 'trigger_pipeline_run',
      domain: 'devops',
      subdomain: 'ci-cd',
      description:
        'Start a CI/CD pipeline on a git ref with optional variables, e.g. to deploy a tag to staging. Use it to rerun a build or kick off a deployment.',
      parameters: {
        type: 'object',
        properties: {
          project: { type: 'string', description: 'Project path, e.g. platform/checkout-service.', minLength: 1 },
          ref: { type: 'string', description: 'Branch, tag or commit SHA to run on.', minLength: 1 },
          variables: {
            type: 'array',
            description: 'Pipeline variables.',
            items: {
              type: 'object',
              properties: {
                key: { type: 'string', description: 'Variable name, upper snake case.', pattern: '^[A-Z_][A-Z0-9_]{1,30}$' },
                value: { type: 'string', description: 'Variable value.' },
              },
              required: ['key', 'value'],
              additionalProperties: false,
            },
            maxItems: 20,
          },
          environment: { type: 'string', description: 'Target environment of a deploy pipeline.', enum: ['dev', 'staging', 'production'] },
          skip_tests: { type: 'boolean', description: 'Skip the test stage (not allowed for production).', default: false },
        },
        required: ['project', 'ref'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          pipeline_id: { type: 'integer', minimum: 1, maximum: 999999 },
          status: { type: 'string', enum: ['created', 'pending', 'running'] },
          ref: { type: 'string' },
          sha: { type: 'string', pattern: '^[0-9a-f]{40}$' },
          web_url: { type: 'string', format: 'uri' },
          created_at: { type: 'string', format: 'date-time' },
        },
        required: ['pipeline_id', 'status', 'ref', 'web_url', 'created_at'],
      },
      origin: 'seed',
    },
    {
      name: 'get_job_logs',
      domain: 'devops',
      subdomain: 'ci-cd',
      description:
        'Fetch the log output of a CI job, the last lines or only lines matching a filter, with the job status. Use it to find why a build or test job failed.',
      parameters: {
        type: 'object',
        properties: {
          job_id: { type: 'integer', description: 'Identifier of the CI job.', minimum: 1 },
          tail_lines: { type: 'integer', description: 'Return only the last N lines.', minimum: 1, maximum: 10000, default: 200 },
          grep: { type: 'string', description: 'Only lines containing this text, e.g. ERROR.' },
          include_timestamps: { type: 'boolean', description: 'Prefix each line with its timestamp.', default: false },
        },
        required: ['job_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          job_id: { type: 'integer' },
          job_name: { type: 'string' },
          status: { type: 'string', enum: ['success', 'failed', 'running', 'canceled'] },
          duration_s: { type: 'integer', minimum: 5, maximum: 3600 },
          lines: { type: 'array', items: { type: 'string' }, maxItems: 6 },
          truncated: { type: 'boolean' },
        },
        required: ['job_id', 'status', 'lines'],
      },
      origin: 'seed',
    },
    {
      name: 'scale_deployment',
      domain: 'devops',
      subdomain: 'containers',
      description:
        'Set the number of replicas of a Kubernetes deployment and optionally wait for the rollout. Use it to scale a service up for load or down to zero.',
      parameters: {
        type: 'object',
        properties: {
          cluster: { type: 'string', description: 'Cluster context name, e.g. prod-eu-west-1.', minLength: 1 },
          namespace: { type: 'string', description: 'Kubernetes namespace.', pattern: '^[a-z0-9-]{2,40}$', default: 'default' },
          deployment: { type: 'string', description: 'Deployment name.', pattern: '^[a-z0-9-]{2,40}$' },
          replicas: { type: 'integer', description: 'Desired replica count.', minimum: 0, maximum: 200 },
          wait_for_rollout: { type: 'boolean', description: 'Return only once the new replicas are ready.', default: true },
          timeout_seconds: { type: 'integer', description: 'How long to wait for the rollout.', minimum: 10, maximum: 1800, default: 300 },
        },
        required: ['cluster', 'deployment', 'replicas'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          deployment: { type: 'string' },
          namespace: { type: 'string' },
          previous_replicas: { type: 'integer', minimum: 0, maximum: 50 },
          desired_replicas: { type: 'integer', minimum: 0, maximum: 200 },
          ready_replicas: { type: 'integer', minimum: 0, maximum: 200 },
          rollout_status: { type: 'string', enum: ['complete', 'progressing', 'timed_out'] },
        },
        required: ['deployment', 'namespace', 'desired_replicas', 'ready_replicas', 'rollout_status'],
      },
      origin: 'seed',
    },
    {
      name: 'query_metrics',
      domain: 'devops',
      subdomain: 'monitoring',
      description:
        'Run a PromQL range query over a time window and return the time series. Use it to check error rates, latency or resource usage of a service over time.',
      parameters: {
        type: 'object',
        properties: {
          query: { type: 'string', description: 'PromQL expression, e.g. rate(http_requests_total{status="500"}[5m]).', minLength: 1 },
          start: { type: 'string', description: 'Start of the window.', format: 'date-time' },
          end: { type: 'string', description: 'End of the window.', format: 'date-time' },
          step_seconds: { type: 'integer', description: 'Resolution between points.', minimum: 1, maximum: 86400, default: 60 },
        },
        required: ['query', 'start', 'end'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          result_type: { type: 'string', enum: ['matrix', 'vector', 'scalar'] },
          series: {
            type: 'array',
            maxItems: 3,
            items: {
              type: 'object',
              properties: {
                labels: { type: 'string' },
                points: {
                  type: 'array',
                  maxItems: 5,
                  items: {
                    type: 'object',
                    properties: {
                      timestamp: { type: 'string', format: 'date-time' },
                      value: { type: 'number', minimum: 0, maximum: 1000 },
                    },
                    required: ['timestamp', 'value'],
                  },
                },
              },
              required: ['labels', 'points'],
            },
          },
        },
        required: ['result_type', 'series'],
      },
      origin: 'seed',
    },
    {
      name: 'declare_incident',
      domain: 'devops',
      subdomain: 'incidents',
      description:
        'Declare a production incident with a severity, affected services and an incident commander, paging the on-call responders. Use it when an outage or degradation is confirmed.',
      parameters: {
        type: 'object',
        properties: {
          title: { type: 'string', description: 'Short summary, e.g. Checkout API 5xx spike.', minLength: 1, maxLength: 200 },
          severity: { type: 'string', description: 'Severity, SEV1 being the most critical.', enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'] },
          services: {
            type: 'array',
            description: 'Affected services.',
            items: { type: 'string', pattern: '^[a-z0-9-]{2,40}$' },
            minItems: 1,
            maxItems: 10,
            uniqueItems: true,
          },
          commander_email: { type: 'string', description: 'Email of the incident commander.', format: 'email' },
          started_at: { type: 'string', description: 'When impact began; now when omitted.', format: 'date-time' },
          customer_facing: { type: 'boolean', description: 'Whether customers are affected (posts to the status page).', default: false },
          description: { type: 'string', description: 'What is known so far.', maxLength: 2000 },
        },
        required: ['title', 'severity', 'services'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          incident_id: { type: 'string', pattern: '^INC-[0-9]{4,6}$' },
          status: { type: 'string', enum: ['triggered', 'acknowledged', 'investigating'] },
          war_room_url: { type: 'string', format: 'uri' },
          paged_responders: { type: 'array', items: { type: 'string' }, maxItems: 3 },
          status_page_posted: { type: 'boolean' },
          created_at: { type: 'string', format: 'date-time' },
        },
        required: ['incident_id', 'status', 'created_at'],
      },
      origin: 'seed',
    },
  ],
};
