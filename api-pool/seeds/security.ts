import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'security',
  description: 'Cybersecurity: threat intelligence on files, URLs and IPs, vulnerability databases, breach monitoring and incident response.',
  subdomains: [
    { name: 'threat-intelligence', description: 'Reputation and malware analysis of files, URLs, domains and IP addresses.' },
    { name: 'vulnerabilities', description: 'CVE records and vulnerability scoring.' },
    { name: 'identity-protection', description: 'Credential breach checks and access key management.' },
    { name: 'incident-response', description: 'Opening and tracking security incidents and blocking indicators.' },
  ],
  apis: [
    {
      name: 'get_file_hash_report',
      domain: 'security',
      subdomain: 'threat-intelligence',
      description:
        'Look up a file by its SHA-256 hash in a multi-engine malware scanning service and return the detection verdicts, without uploading the file.',
      parameters: {
        type: 'object',
        properties: {
          sha256: { type: 'string', description: 'SHA-256 hash of the file, 64 lowercase hex characters.', pattern: '^[a-f0-9]{64}$' },
          include_engine_results: { type: 'boolean', description: 'Include the per-engine verdict list.', default: false },
        },
        required: ['sha256'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          sha256: { type: 'string' },
          file_type: { type: 'string' },
          size_bytes: { type: 'integer' },
          first_seen: { type: 'string', format: 'date-time' },
          last_analysis_date: { type: 'string', format: 'date-time' },
          stats: {
            type: 'object',
            properties: { malicious: { type: 'integer' }, suspicious: { type: 'integer' }, harmless: { type: 'integer' }, undetected: { type: 'integer' } },
            required: ['malicious', 'undetected'],
          },
          popular_threat_label: { type: 'string' },
          engine_results: {
            type: 'array',
            items: {
              type: 'object',
              properties: { engine: { type: 'string' }, category: { type: 'string' }, result: { type: 'string' } },
              required: ['engine', 'category'],
            },
          },
        },
        required: ['sha256', 'stats'],
      },
      origin: 'seed',
    },
    {
      name: 'scan_url_for_threats',
      domain: 'security',
      subdomain: 'threat-intelligence',
      description: 'Submit a URL for phishing and malware analysis and return the verdict, categories and the final landing URL after redirects.',
      parameters: {
        type: 'object',
        properties: {
          url: { type: 'string', description: 'URL to analyse.', format: 'uri' },
          force_rescan: { type: 'boolean', description: 'Re-analyse even if a recent cached verdict exists.', default: false },
          visibility: { type: 'string', description: 'Whether the scan result is shared with the community.', enum: ['public', 'unlisted', 'private'], default: 'private' },
        },
        required: ['url'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          scan_id: { type: 'string' },
          url: { type: 'string' },
          final_url: { type: 'string' },
          verdict: { type: 'string', enum: ['clean', 'suspicious', 'phishing', 'malware', 'unknown'] },
          risk_score: { type: 'integer', minimum: 0, maximum: 100 },
          categories: { type: 'array', items: { type: 'string' } },
          scanned_at: { type: 'string', format: 'date-time' },
        },
        required: ['scan_id', 'url', 'verdict', 'scanned_at'],
      },
      origin: 'seed',
    },
    {
      name: 'lookup_ip_reputation',
      domain: 'security',
      subdomain: 'threat-intelligence',
      description: 'Get the abuse reputation of an IPv4 or IPv6 address: abuse confidence score, recent reports, ISP, usage type and whether it is a known Tor exit or proxy.',
      parameters: {
        type: 'object',
        properties: {
          ip_address: { type: 'string', description: 'IPv4 or IPv6 address, e.g. "203.0.113.42".', minLength: 2, maxLength: 45 },
          max_age_days: { type: 'integer', description: 'Only count abuse reports from the last N days.', minimum: 1, maximum: 365, default: 90 },
          verbose: { type: 'boolean', description: 'Include the individual abuse reports.', default: false },
        },
        required: ['ip_address'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          ip_address: { type: 'string' },
          abuse_confidence_score: { type: 'integer', minimum: 0, maximum: 100 },
          country_code: { type: 'string' },
          isp: { type: 'string' },
          usage_type: { type: 'string' },
          is_tor: { type: 'boolean' },
          total_reports: { type: 'integer' },
          last_reported_at: { type: 'string', format: 'date-time' },
          reports: {
            type: 'array',
            items: { type: 'object', properties: { reported_at: { type: 'string', format: 'date-time' }, categories: { type: 'array', items: { type: 'integer' } }, comment: { type: 'string' } }, required: ['reported_at'] },
          },
        },
        required: ['ip_address', 'abuse_confidence_score', 'total_reports'],
      },
      origin: 'seed',
    },
    {
      name: 'search_cve_vulnerabilities',
      domain: 'security',
      subdomain: 'vulnerabilities',
      description:
        'Search the national vulnerability database for CVEs affecting a product (by keyword or CPE), filtered by CVSS severity and publication date.',
      parameters: {
        type: 'object',
        properties: {
          keyword: { type: 'string', description: 'Keyword to match in CVE descriptions, e.g. "openssl".' },
          cpe_name: { type: 'string', description: 'CPE 2.3 name of the affected product, e.g. "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*".', pattern: '^cpe:2\\.3:[aho]:' },
          cvss_v3: {
            type: 'object',
            description: 'CVSS v3 filters.',
            properties: {
              severity: { type: 'string', description: 'Severity rating.', enum: ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] },
              min_base_score: { type: 'number', description: 'Minimum base score.', minimum: 0, maximum: 10 },
              attack_vector: { type: 'string', description: 'Attack vector metric.', enum: ['NETWORK', 'ADJACENT_NETWORK', 'LOCAL', 'PHYSICAL'] },
            },
            additionalProperties: false,
          },
          published_after: { type: 'string', description: 'Only CVEs published after this time.', format: 'date-time' },
          has_known_exploit: { type: 'boolean', description: 'Only CVEs listed in the Known Exploited Vulnerabilities catalog.', default: false },
          results_per_page: { type: 'integer', description: 'Page size.', minimum: 1, maximum: 2000, default: 50 },
        },
        required: [],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          total_results: { type: 'integer' },
          vulnerabilities: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                cve_id: { type: 'string', pattern: '^CVE-[0-9]{4}-[0-9]{4,}$' },
                description: { type: 'string' },
                cvss_v3_score: { type: 'number', minimum: 0, maximum: 10 },
                severity: { type: 'string' },
                published: { type: 'string', format: 'date-time' },
                known_exploited: { type: 'boolean' },
              },
              required: ['cve_id', 'description', 'published'],
            },
          },
        },
        required: ['total_results', 'vulnerabilities'],
      },
      origin: 'seed',
    },
    {
      name: 'get_cve_details',
      domain: 'security',
      subdomain: 'vulnerabilities',
      description: 'Get the full record of one CVE: description, CVSS vectors and scores, CWE weaknesses, affected configurations and references to advisories and patches.',
      parameters: {
        type: 'object',
        properties: {
          cve_id: { type: 'string', description: 'CVE identifier, e.g. "CVE-2021-44228".', pattern: '^CVE-[0-9]{4}-[0-9]{4,}$' },
        },
        required: ['cve_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          cve_id: { type: 'string' },
          description: { type: 'string' },
          published: { type: 'string', format: 'date-time' },
          last_modified: { type: 'string', format: 'date-time' },
          cvss_v3: {
            type: 'object',
            properties: { base_score: { type: 'number' }, vector_string: { type: 'string' }, severity: { type: 'string' } },
            required: ['base_score', 'vector_string'],
          },
          cwe_ids: { type: 'array', items: { type: 'string' } },
          affected_cpes: { type: 'array', items: { type: 'string' } },
          references: {
            type: 'array',
            items: { type: 'object', properties: { url: { type: 'string', format: 'uri' }, tags: { type: 'array', items: { type: 'string' } } }, required: ['url'] },
          },
        },
        required: ['cve_id', 'description', 'published'],
      },
      origin: 'seed',
    },
    {
      name: 'check_email_breach_exposure',
      domain: 'security',
      subdomain: 'identity-protection',
      description: 'Check whether an email address appears in known data breaches and which data classes (passwords, phone numbers, addresses) were exposed.',
      parameters: {
        type: 'object',
        properties: {
          email: { type: 'string', description: 'Email address to check.', format: 'email' },
          include_unverified: { type: 'boolean', description: 'Include breaches that have not been verified.', default: false },
          domain_filter: { type: 'string', description: 'Only breaches of this website domain, e.g. "adobe.com".' },
        },
        required: ['email'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          email: { type: 'string' },
          breach_count: { type: 'integer' },
          breaches: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                domain: { type: 'string' },
                breach_date: { type: 'string', format: 'date' },
                pwn_count: { type: 'integer' },
                data_classes: { type: 'array', items: { type: 'string' } },
                is_verified: { type: 'boolean' },
              },
              required: ['name', 'breach_date', 'data_classes'],
            },
          },
        },
        required: ['email', 'breach_count', 'breaches'],
      },
      origin: 'seed',
    },
    {
      name: 'revoke_access_key',
      domain: 'security',
      subdomain: 'identity-protection',
      description:
        'Immediately revoke a compromised API or access key so it can no longer authenticate. Any service still using the key will start failing; optionally issue a replacement key.',
      parameters: {
        type: 'object',
        properties: {
          key_id: { type: 'string', description: 'Identifier of the access key, e.g. "AKIAIOSFODNN7EXAMPLE".', pattern: '^[A-Z0-9]{16,32}$' },
          reason: { type: 'string', description: 'Why the key is being revoked.', enum: ['compromised', 'rotation', 'employee_offboarding', 'unused'] },
          issue_replacement: { type: 'boolean', description: 'Create a new key with the same permissions.', default: false },
          notify_owner_email: { type: 'string', description: 'Send a notice to this address.', format: 'email' },
        },
        required: ['key_id', 'reason'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          key_id: { type: 'string' },
          status: { type: 'string', enum: ['revoked'] },
          revoked_at: { type: 'string', format: 'date-time' },
          replacement_key_id: { type: 'string' },
          last_used_at: { type: 'string', format: 'date-time' },
        },
        required: ['key_id', 'status', 'revoked_at'],
      },
      origin: 'seed',
    },
    {
      name: 'open_security_incident',
      domain: 'security',
      subdomain: 'incident-response',
      description: 'Open a security incident in the incident-response tracker with severity, affected assets and indicators of compromise, and page the on-call responder.',
      parameters: {
        type: 'object',
        properties: {
          title: { type: 'string', description: 'Short incident title.', minLength: 5, maxLength: 200 },
          severity: { type: 'string', description: 'Incident severity.', enum: ['sev1', 'sev2', 'sev3', 'sev4'] },
          category: { type: 'string', description: 'Incident category.', enum: ['malware', 'phishing', 'unauthorized_access', 'data_exfiltration', 'ddos', 'insider', 'other'] },
          affected_assets: { type: 'array', description: 'Hostnames or asset IDs involved.', items: { type: 'string' }, maxItems: 100 },
          indicators: {
            type: 'array',
            description: 'Indicators of compromise observed.',
            maxItems: 50,
            items: {
              type: 'object',
              properties: {
                type: { type: 'string', description: 'Kind of indicator.', enum: ['ip', 'domain', 'url', 'sha256', 'email'] },
                value: { type: 'string', description: 'The indicator value.' },
              },
              required: ['type', 'value'],
              additionalProperties: false,
            },
          },
          page_on_call: { type: 'boolean', description: 'Page the on-call security responder.', default: true },
        },
        required: ['title', 'severity', 'category'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          incident_id: { type: 'string' },
          status: { type: 'string', enum: ['open', 'triage'] },
          created_at: { type: 'string', format: 'date-time' },
          assigned_to: { type: 'string' },
          url: { type: 'string', format: 'uri' },
        },
        required: ['incident_id', 'status', 'created_at'],
      },
      origin: 'seed',
    },
  ],
};
