import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'education',
  description: 'Learning management: courses, assignments, grading, enrollment and study materials for schools and universities.',
  subdomains: [
    { name: 'course-catalog', description: 'Finding open courses to take.' },
    { name: 'enrollment', description: 'Adding students and staff to courses.' },
    { name: 'assignments', description: 'Assignments, due dates and student submissions, Canvas-style.' },
    { name: 'grading', description: 'Scoring submissions and reading grades.' },
    { name: 'study-tools', description: 'Practice quizzes and flashcards for learners.' },
  ],
  apis: [
    {
      name: 'search_online_courses',
      domain: 'education',
      subdomain: 'course-catalog',
      description:
        'Search a catalog of online courses by topic, level, language, length and price. Use it when a learner asks for a course to learn a skill.',
      parameters: {
        type: 'object',
        properties: {
          topic: { type: 'string', description: 'Subject or skill, e.g. linear algebra or SQL.', minLength: 2 },
          level: { type: 'string', description: 'Difficulty level.', enum: ['beginner', 'intermediate', 'advanced'] },
          language: { type: 'string', description: 'ISO 639-1 language of instruction.', enum: ['en', 'fr', 'es', 'de', 'it', 'pt', 'ja', 'ko', 'zh', 'ar'], default: 'en' },
          max_weeks: { type: 'integer', description: 'Longest acceptable course length in weeks.', minimum: 1, maximum: 52 },
          free_only: { type: 'boolean', description: 'Only courses that can be taken for free.', default: false },
          with_certificate: { type: 'boolean', description: 'Only courses that award a certificate.', default: false },
        },
        required: ['topic'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          courses: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                course_id: { type: 'string' },
                title: { type: 'string' },
                provider: { type: 'string' },
                level: { type: 'string' },
                weeks: { type: 'integer', minimum: 1, maximum: 16 },
                hours_per_week: { type: 'number', minimum: 1, maximum: 15 },
                price: { type: 'number', minimum: 0, maximum: 500 },
                rating: { type: 'number', minimum: 1, maximum: 5 },
                url: { type: 'string', format: 'uri' },
              },
              required: ['course_id', 'title', 'provider', 'level'],
            },
          },
          total: { type: 'integer', minimum: 0, maximum: 400 },
        },
        required: ['courses', 'total'],
      },
      origin: 'seed',
    },
    {
      name: 'enroll_user_in_course',
      domain: 'education',
      subdomain: 'enrollment',
      description:
        'Enroll a person in a course section as student, teacher, TA or observer, creating the user if needed. Use it for adding someone to a class roster.',
      parameters: {
        type: 'object',
        properties: {
          course_id: { type: 'string', description: 'Identifier of the course, e.g. 48213.', minLength: 1 },
          section_id: { type: 'string', description: 'Section within the course; default section when omitted.' },
          user: {
            type: 'object',
            description: 'Who to enroll.',
            properties: {
              sis_user_id: { type: 'string', description: 'Student information system id, e.g. S2024-0193.', pattern: '^S[0-9]{4}-[0-9]{4}$' },
              full_name: { type: 'string', description: 'Full name, used if the user must be created.' },
              email: { type: 'string', description: 'Login email.', format: 'email' },
            },
            required: ['email'],
            additionalProperties: false,
          },
          role: { type: 'string', description: 'Role in the course.', enum: ['student', 'teacher', 'ta', 'observer', 'designer'], default: 'student' },
          notify: { type: 'boolean', description: 'Email the person about the enrollment.', default: true },
          start_date: { type: 'string', description: 'Date access starts; immediately when omitted.', format: 'date' },
        },
        required: ['course_id', 'user'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          enrollment_id: { type: 'string' },
          user_id: { type: 'string' },
          course_id: { type: 'string' },
          role: { type: 'string' },
          state: { type: 'string', enum: ['active', 'invited', 'pending'] },
          created_at: { type: 'string', format: 'date-time' },
        },
        required: ['enrollment_id', 'user_id', 'course_id', 'role', 'state'],
      },
      origin: 'seed',
    },
    {
      name: 'list_course_assignments',
      domain: 'education',
      subdomain: 'assignments',
      description:
        'List assignments of a course by bucket (upcoming, overdue, ungraded, past), with due dates, points and optionally the user\'s submission state. Use it for what homework is due questions.',
      parameters: {
        type: 'object',
        properties: {
          course_id: { type: 'string', description: 'Identifier of the course.', minLength: 1 },
          bucket: { type: 'string', description: 'Which assignments.', enum: ['upcoming', 'overdue', 'ungraded', 'past', 'all'], default: 'upcoming' },
          include_submission: { type: 'boolean', description: 'Include the current user\'s submission status.', default: false },
          order_by: { type: 'string', description: 'Sort order.', enum: ['due_at', 'name', 'position'], default: 'due_at' },
        },
        required: ['course_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          course_id: { type: 'string' },
          assignments: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                assignment_id: { type: 'string' },
                name: { type: 'string' },
                due_at: { type: 'string', format: 'date-time' },
                points_possible: { type: 'number', minimum: 5, maximum: 100 },
                submission_types: { type: 'array', items: { type: 'string' }, maxItems: 2 },
                submitted: { type: 'boolean' },
                late: { type: 'boolean' },
              },
              required: ['assignment_id', 'name', 'points_possible'],
            },
          },
        },
        required: ['course_id', 'assignments'],
      },
      origin: 'seed',
    },
    {
      name: 'submit_assignment',
      domain: 'education',
      subdomain: 'assignments',
      description:
        'Submit work for an assignment as text, a URL or previously uploaded files, with an optional comment to the teacher. Use it when a student hands in homework.',
      parameters: {
        type: 'object',
        properties: {
          course_id: { type: 'string', description: 'Identifier of the course.', minLength: 1 },
          assignment_id: { type: 'string', description: 'Identifier of the assignment.', minLength: 1 },
          submission_type: { type: 'string', description: 'Kind of submission.', enum: ['online_text_entry', 'online_url', 'online_upload'] },
          body: { type: 'string', description: 'Text of the submission, for online_text_entry.', maxLength: 50000 },
          url: { type: 'string', description: 'Link to the work, for online_url.', format: 'uri' },
          file_ids: {
            type: 'array',
            description: 'Identifiers of uploaded files, for online_upload.',
            items: { type: 'string' },
            minItems: 1,
            maxItems: 10,
          },
          comment: { type: 'string', description: 'Comment to the teacher.', maxLength: 1000 },
        },
        required: ['course_id', 'assignment_id', 'submission_type'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          submission_id: { type: 'string' },
          attempt: { type: 'integer', minimum: 1, maximum: 3 },
          submitted_at: { type: 'string', format: 'date-time' },
          late: { type: 'boolean' },
          workflow_state: { type: 'string', enum: ['submitted', 'pending_review'] },
        },
        required: ['submission_id', 'attempt', 'submitted_at', 'late'],
      },
      origin: 'seed',
    },
    {
      name: 'grade_submission',
      domain: 'education',
      subdomain: 'grading',
      description:
        'Grade a student\'s submission with an overall score and optional rubric scores per criterion and feedback. Use it when a teacher marks an assignment.',
      parameters: {
        type: 'object',
        properties: {
          course_id: { type: 'string', description: 'Identifier of the course.', minLength: 1 },
          assignment_id: { type: 'string', description: 'Identifier of the assignment.', minLength: 1 },
          student_id: { type: 'string', description: 'Identifier of the student.', minLength: 1 },
          score: { type: 'number', description: 'Points awarded.', minimum: 0, maximum: 1000 },
          rubric: {
            type: 'array',
            description: 'Points per rubric criterion.',
            items: {
              type: 'object',
              properties: {
                criterion_id: { type: 'string', description: 'Identifier of the rubric criterion.' },
                points: { type: 'number', description: 'Points for this criterion.', minimum: 0 },
                comment: { type: 'string', description: 'Feedback on this criterion.' },
              },
              required: ['criterion_id', 'points'],
              additionalProperties: false,
            },
            maxItems: 20,
          },
          feedback: { type: 'string', description: 'Overall feedback visible to the student.', maxLength: 5000 },
          excuse: { type: 'boolean', description: 'Excuse the student from this assignment instead of scoring it.', default: false },
        },
        required: ['course_id', 'assignment_id', 'student_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          submission_id: { type: 'string' },
          score: { type: 'number', minimum: 0, maximum: 100 },
          grade: { type: 'string', pattern: '^[A-DF][+-]?$' },
          graded_at: { type: 'string', format: 'date-time' },
          posted_to_student: { type: 'boolean' },
        },
        required: ['submission_id', 'score', 'graded_at'],
      },
      origin: 'seed',
    },
    {
      name: 'get_student_grades',
      domain: 'education',
      subdomain: 'grading',
      description:
        'Get a student\'s current grade in each course of a term, or per assignment within one course. Use it to answer how a student is doing.',
      parameters: {
        type: 'object',
        properties: {
          student_id: { type: 'string', description: 'Identifier of the student.', minLength: 1 },
          academic_year: { type: 'integer', description: 'Calendar year in which the term starts.', minimum: 2000, maximum: 2100 },
          semester: { type: 'string', description: 'Term within the academic year; the current term when omitted.', enum: ['fall', 'winter', 'spring', 'summer'] },
          course_id: { type: 'string', description: 'Only this course, with per-assignment detail.' },
          include_ungraded: { type: 'boolean', description: 'Count missing work as zero instead of ignoring it.', default: false },
        },
        required: ['student_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          student_id: { type: 'string' },
          courses: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                course_id: { type: 'string' },
                course_name: { type: 'string' },
                current_score: { type: 'number', minimum: 40, maximum: 100 },
                letter_grade: { type: 'string', pattern: '^[A-DF][+-]?$' },
                missing_assignments: { type: 'integer', minimum: 0, maximum: 4 },
              },
              required: ['course_id', 'course_name', 'current_score'],
            },
          },
          gpa: { type: 'number', minimum: 0, maximum: 4 },
        },
        required: ['student_id', 'courses'],
      },
      origin: 'seed',
    },
    {
      name: 'generate_practice_quiz',
      domain: 'education',
      subdomain: 'study-tools',
      description:
        'Generate a practice quiz on a topic for a grade level, with a chosen number and type of questions and an answer key. Use it when a learner wants to test themselves.',
      parameters: {
        type: 'object',
        properties: {
          topic: { type: 'string', description: 'Topic of the quiz, e.g. photosynthesis.', minLength: 2 },
          grade_level: { type: 'integer', description: 'School grade from 1 to 12; 13 for university.', minimum: 1, maximum: 13 },
          num_questions: { type: 'integer', description: 'Number of questions.', minimum: 1, maximum: 50, default: 10 },
          question_types: {
            type: 'array',
            description: 'Allowed question formats.',
            items: { type: 'string', enum: ['multiple_choice', 'true_false', 'short_answer', 'fill_in_blank'] },
            minItems: 1,
            maxItems: 4,
            uniqueItems: true,
            default: ['multiple_choice'],
          },
          difficulty: { type: 'string', description: 'Difficulty.', enum: ['easy', 'medium', 'hard'], default: 'medium' },
        },
        required: ['topic', 'grade_level'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          quiz_id: { type: 'string' },
          topic: { type: 'string' },
          questions: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                number: { type: 'integer', minimum: 1, maximum: 50 },
                type: { type: 'string' },
                prompt: { type: 'string' },
                choices: { type: 'array', items: { type: 'string' }, maxItems: 4 },
                answer: { type: 'string' },
              },
              required: ['number', 'type', 'prompt', 'answer'],
            },
          },
        },
        required: ['quiz_id', 'topic', 'questions'],
      },
      origin: 'seed',
    },
  ],
};
