import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'social-media',
  description: 'Social networks and forums: publishing posts, reading feeds and communities, profiles, follows and engagement analytics.',
  subdomains: [
    { name: 'publishing', description: 'Creating, scheduling and deleting posts.' },
    { name: 'communities', description: 'Forums, subreddits, hashtags and comment threads.' },
    { name: 'profiles', description: 'Accounts, followers and follow relationships.' },
    { name: 'analytics', description: 'Engagement and reach metrics of posts and accounts.' },
  ],
  apis: [
    {
      name: 'publish_social_post',
      domain: 'social-media',
      subdomain: 'publishing',
      description:
        'Publish a status post from the authenticated account, with optional media, content warning and visibility; can schedule it for later. The post becomes visible to others as soon as it is published.',
      parameters: {
        type: 'object',
        properties: {
          text: { type: 'string', description: 'Post body; hashtags and @mentions are parsed automatically.', minLength: 1, maxLength: 500 },
          visibility: { type: 'string', description: 'Who can see the post.', enum: ['public', 'unlisted', 'followers_only', 'direct'], default: 'public' },
          media: {
            type: 'array',
            description: 'Attached images or videos.',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                url: { type: 'string', description: 'URL of the media file.', format: 'uri' },
                alt_text: { type: 'string', description: 'Accessible description of the media.', maxLength: 1500 },
              },
              required: ['url'],
              additionalProperties: false,
            },
          },
          content_warning: { type: 'string', description: 'Spoiler text shown before the post is expanded.', maxLength: 100 },
          in_reply_to_id: { type: 'string', description: 'ID of the post this replies to.' },
          scheduled_at: { type: 'string', description: 'Publish at this future time instead of now.', format: 'date-time' },
        },
        required: ['text'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          post_id: { type: 'string' },
          url: { type: 'string', format: 'uri' },
          status: { type: 'string', enum: ['published', 'scheduled'] },
          created_at: { type: 'string', format: 'date-time' },
          visibility: { type: 'string' },
        },
        required: ['post_id', 'status', 'created_at'],
      },
      origin: 'seed',
    },
    {
      name: 'delete_social_post',
      domain: 'social-media',
      subdomain: 'publishing',
      description: 'Permanently delete one of the authenticated account\'s posts; replies to it remain but lose their parent. This cannot be undone.',
      parameters: {
        type: 'object',
        properties: {
          post_id: { type: 'string', description: 'ID of the post to delete.', minLength: 1 },
          delete_media: { type: 'boolean', description: 'Also delete the attached media files from storage.', default: true },
        },
        required: ['post_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          post_id: { type: 'string' },
          deleted: { type: 'boolean' },
          deleted_at: { type: 'string', format: 'date-time' },
        },
        required: ['post_id', 'deleted'],
      },
      origin: 'seed',
    },
    {
      name: 'get_community_top_posts',
      domain: 'social-media',
      subdomain: 'communities',
      description: 'Get the top or newest posts of a community (forum or subreddit), with scores and comment counts.',
      parameters: {
        type: 'object',
        properties: {
          community: { type: 'string', description: 'Community name without prefix, e.g. "MachineLearning".', pattern: '^[A-Za-z0-9_]{2,21}$' },
          sort: { type: 'string', description: 'Ranking of the listing.', enum: ['hot', 'new', 'top', 'rising', 'controversial'], default: 'hot' },
          time_range: { type: 'string', description: 'Time window for top and controversial sorts.', enum: ['hour', 'day', 'week', 'month', 'year', 'all'], default: 'day' },
          limit: { type: 'integer', description: 'Number of posts.', minimum: 1, maximum: 100, default: 25 },
          include_nsfw: { type: 'boolean', description: 'Include posts marked NSFW.', default: false },
        },
        required: ['community'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          community: { type: 'string' },
          subscribers: { type: 'integer' },
          posts: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                post_id: { type: 'string' },
                title: { type: 'string' },
                author: { type: 'string' },
                score: { type: 'integer' },
                num_comments: { type: 'integer' },
                url: { type: 'string', format: 'uri' },
                created_at: { type: 'string', format: 'date-time' },
                flair: { type: 'string' },
              },
              required: ['post_id', 'title', 'author', 'score', 'created_at'],
            },
          },
          next_cursor: { type: 'string' },
        },
        required: ['community', 'posts'],
      },
      origin: 'seed',
    },
    {
      name: 'get_post_comment_thread',
      domain: 'social-media',
      subdomain: 'communities',
      description: 'Get the comment tree of a post, up to a given depth, sorted by score or time.',
      parameters: {
        type: 'object',
        properties: {
          post_id: { type: 'string', description: 'ID of the post.', minLength: 1 },
          sort: { type: 'string', description: 'Comment ordering.', enum: ['best', 'top', 'new', 'old', 'controversial'], default: 'best' },
          max_depth: { type: 'integer', description: 'Maximum nesting depth of replies.', minimum: 1, maximum: 10, default: 3 },
          limit: { type: 'integer', description: 'Maximum number of top-level comments.', minimum: 1, maximum: 500, default: 50 },
        },
        required: ['post_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          post_id: { type: 'string' },
          total_comments: { type: 'integer' },
          comments: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                comment_id: { type: 'string' },
                parent_id: { type: 'string' },
                author: { type: 'string' },
                body: { type: 'string' },
                score: { type: 'integer' },
                depth: { type: 'integer' },
                created_at: { type: 'string', format: 'date-time' },
              },
              required: ['comment_id', 'author', 'body', 'depth'],
            },
          },
        },
        required: ['post_id', 'total_comments', 'comments'],
      },
      origin: 'seed',
    },
    {
      name: 'search_posts_by_hashtag',
      domain: 'social-media',
      subdomain: 'communities',
      description: 'Search recent public posts carrying one or more hashtags, optionally restricted by language and time.',
      parameters: {
        type: 'object',
        properties: {
          hashtags: {
            type: 'array',
            description: 'Hashtags without the leading #.',
            items: { type: 'string', pattern: '^[A-Za-z0-9_]{1,100}$' },
            minItems: 1,
            maxItems: 5,
            uniqueItems: true,
          },
          match: { type: 'string', description: 'Whether posts must carry all or any of the hashtags.', enum: ['all', 'any'], default: 'any' },
          language: { type: 'string', description: 'ISO 639-1 language code of the posts.', pattern: '^[a-z]{2}$' },
          since: { type: 'string', description: 'Only posts created after this time.', format: 'date-time' },
          limit: { type: 'integer', description: 'Maximum number of posts.', minimum: 1, maximum: 80, default: 20 },
        },
        required: ['hashtags'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          posts: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                post_id: { type: 'string' },
                account: { type: 'string' },
                content: { type: 'string' },
                reblogs_count: { type: 'integer' },
                favourites_count: { type: 'integer' },
                created_at: { type: 'string', format: 'date-time' },
                url: { type: 'string', format: 'uri' },
              },
              required: ['post_id', 'account', 'content', 'created_at'],
            },
          },
          count: { type: 'integer' },
        },
        required: ['posts', 'count'],
      },
      origin: 'seed',
    },
    {
      name: 'follow_social_account',
      domain: 'social-media',
      subdomain: 'profiles',
      description: 'Follow (or unfollow) another account from the authenticated account; locked accounts receive a follow request instead.',
      parameters: {
        type: 'object',
        properties: {
          account_handle: { type: 'string', description: 'Handle of the account, e.g. "@alice@mastodon.social".', pattern: '^@?[A-Za-z0-9_.]+(@[A-Za-z0-9.-]+)?$' },
          action: { type: 'string', description: 'Whether to follow or unfollow.', enum: ['follow', 'unfollow'], default: 'follow' },
          show_reposts: { type: 'boolean', description: 'Show the account\'s reposts in the home timeline.', default: true },
          notify_on_post: { type: 'boolean', description: 'Get a notification when the account posts.', default: false },
        },
        required: ['account_handle'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          account_id: { type: 'string' },
          following: { type: 'boolean' },
          requested: { type: 'boolean' },
          followed_by: { type: 'boolean' },
        },
        required: ['account_id', 'following', 'requested'],
      },
      origin: 'seed',
    },
    {
      name: 'get_post_engagement_metrics',
      domain: 'social-media',
      subdomain: 'analytics',
      description: 'Get engagement metrics (impressions, reach, likes, shares, replies, link clicks) for a set of the account\'s posts.',
      parameters: {
        type: 'object',
        properties: {
          post_ids: {
            type: 'array',
            description: 'Posts to get metrics for.',
            items: { type: 'string', minLength: 1 },
            minItems: 1,
            maxItems: 50,
            uniqueItems: true,
          },
          metrics: {
            type: 'array',
            description: 'Metrics to include.',
            items: { type: 'string', enum: ['impressions', 'reach', 'likes', 'shares', 'replies', 'link_clicks', 'profile_visits', 'video_views'] },
            uniqueItems: true,
            default: ['impressions', 'likes', 'shares', 'replies'],
          },
          period: {
            type: 'object',
            description: 'Only count engagement that happened in this window; omit for lifetime totals.',
            properties: {
              start: { type: 'string', description: 'Start of the window.', format: 'date-time' },
              end: { type: 'string', description: 'End of the window.', format: 'date-time' },
            },
            required: ['start'],
            additionalProperties: false,
          },
        },
        required: ['post_ids'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          posts: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                post_id: { type: 'string' },
                metrics: { type: 'object', additionalProperties: { type: 'integer' } },
                engagement_rate: { type: 'number' },
              },
              required: ['post_id', 'metrics'],
            },
          },
          generated_at: { type: 'string', format: 'date-time' },
        },
        required: ['posts', 'generated_at'],
      },
      origin: 'seed',
    },
  ],
};
