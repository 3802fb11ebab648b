import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'e-commerce',
  description: 'Online store operations: catalog, carts, orders, returns, inventory and product reviews.',
  subdomains: [
    { name: 'catalog', description: 'Product details, variants and prices.' },
    { name: 'cart', description: 'Shopping carts and discount codes before checkout.' },
    { name: 'orders', description: 'Creating orders and handling returns after purchase.' },
    { name: 'inventory', description: 'Stock levels per warehouse or store location.' },
    { name: 'reviews', description: 'Customer ratings and reviews of products.' },
  ],
  apis: [
    {
      name: 'get_product_details',
      domain: 'e-commerce',
      subdomain: 'catalog',
      description:
        'Get the full catalog entry of a product: title, description, images, price, variants (size, color) and stock status. Use it after a search to show one product in detail.',
      parameters: {
        type: 'object',
        properties: {
          product_id: { type: 'string', description: 'Identifier of the product, e.g. prod_7Hx2Lq.', minLength: 1 },
          include_variants: { type: 'boolean', description: 'Return every variant with its own price and stock.', default: true },
          currency: { type: 'string', description: 'ISO 4217 code to display prices in.', pattern: '^[A-Z]{3}$', default: 'USD' },
          locale: { type: 'string', description: 'Language and region for texts.', enum: ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES', 'it-IT', 'pt-BR', 'ja-JP', 'ko-KR'], default: 'en-US' },
        },
        required: ['product_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          product_id: { type: 'string' },
          title: { type: 'string' },
          brand: { type: 'string' },
          description: { type: 'string' },
          price: { type: 'number', minimum: 1, maximum: 2000 },
          currency: { type: 'string' },
          image_urls: { type: 'array', items: { type: 'string', format: 'uri' }, maxItems: 3 },
          variants: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                variant_id: { type: 'string' },
                sku: { type: 'string', pattern: '^[A-Z0-9]{4,12}$' },
                option_values: { type: 'array', items: { type: 'string' }, maxItems: 2 },
                price: { type: 'number', minimum: 1, maximum: 2000 },
                in_stock: { type: 'boolean' },
              },
              required: ['variant_id', 'sku', 'price', 'in_stock'],
            },
          },
          average_rating: { type: 'number', minimum: 1, maximum: 5 },
        },
        required: ['product_id', 'title', 'price', 'currency'],
      },
      origin: 'seed',
    },
    {
      name: 'add_item_to_cart',
      domain: 'e-commerce',
      subdomain: 'cart',
      description:
        'Add a product variant to a shopping cart, optionally as a gift with wrapping and a message. Use it when the user decides to buy something; returns the updated cart totals.',
      parameters: {
        type: 'object',
        properties: {
          cart_id: { type: 'string', description: 'Identifier of the cart; a new cart is created when omitted.' },
          variant_id: { type: 'string', description: 'Identifier of the product variant to add.', minLength: 1 },
          quantity: { type: 'integer', description: 'How many units to add.', minimum: 1, maximum: 99, default: 1 },
          gift_options: {
            type: 'object',
            description: 'Gift settings for this item.',
            properties: {
              gift_wrap: { type: 'boolean', description: 'Wrap the item.', default: false },
              message: { type: 'string', description: 'Message printed on the gift card.', maxLength: 200 },
              recipient_name: { type: 'string', description: 'Name of the gift recipient.' },
            },
            required: [],
            additionalProperties: false,
          },
        },
        required: ['variant_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          cart_id: { type: 'string' },
          item_count: { type: 'integer', minimum: 1, maximum: 30 },
          lines: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                line_id: { type: 'string' },
                variant_id: { type: 'string' },
                title: { type: 'string' },
                quantity: { type: 'integer', minimum: 1, maximum: 5 },
                line_total: { type: 'number', minimum: 1, maximum: 2000 },
              },
              required: ['line_id', 'variant_id', 'quantity', 'line_total'],
            },
          },
          subtotal: { type: 'number', minimum: 1, maximum: 5000 },
          currency: { type: 'string' },
        },
        required: ['cart_id', 'item_count', 'lines', 'subtotal', 'currency'],
      },
      origin: 'seed',
    },
    {
      name: 'apply_discount_code',
      domain: 'e-commerce',
      subdomain: 'cart',
      description:
        'Apply a promotional discount code to a cart and return the discount obtained, or why the code was rejected. Use it when the user has a coupon or promo code.',
      parameters: {
        type: 'object',
        properties: {
          cart_id: { type: 'string', description: 'Identifier of the cart.', minLength: 1 },
          code: { type: 'string', description: 'The discount code as printed, upper case, e.g. SPRING20.', pattern: '^[A-Z0-9]{4,20}$' },
        },
        required: ['cart_id', 'code'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          cart_id: { type: 'string' },
          code: { type: 'string' },
          applied: { type: 'boolean' },
          discount_type: { type: 'string', enum: ['percentage', 'fixed_amount', 'free_shipping'] },
          discount_amount: { type: 'number', minimum: 0, maximum: 200 },
          new_total: { type: 'number', minimum: 0, maximum: 5000 },
          rejection_reason: { type: 'string', enum: ['expired', 'minimum_not_met', 'not_applicable', 'usage_limit_reached', 'invalid'] },
        },
        required: ['cart_id', 'code', 'applied'],
      },
      origin: 'seed',
    },
    {
      name: 'create_draft_order',
      domain: 'e-commerce',
      subdomain: 'orders',
      description:
        'Create a draft order on behalf of a customer (phone or chat sales), with line items, a shipping address and method; the customer receives an invoice link to pay. Use it when staff build an order for someone.',
      parameters: {
        type: 'object',
        properties: {
          customer_email: { type: 'string', description: 'Email of the customer who will receive the invoice.', format: 'email' },
          line_items: {
            type: 'array',
            description: 'Products to include.',
            items: {
              type: 'object',
              properties: {
                sku: { type: 'string', description: 'Stock keeping unit of the variant.', pattern: '^[A-Z0-9]{4,12}$' },
                quantity: { type: 'integer', description: 'Number of units.', minimum: 1, maximum: 100 },
                unit_price_override: { type: 'number', description: 'Custom unit price; catalog price when omitted.', minimum: 0 },
              },
              required: ['sku', 'quantity'],
              additionalProperties: false,
            },
            minItems: 1,
            maxItems: 50,
          },
          shipping_address: {
            type: 'object',
            description: 'Where to ship the order.',
            properties: {
              full_name: { type: 'string', description: 'Recipient name.' },
              street: { type: 'string', description: 'Street and number.' },
              city: { type: 'string', description: 'City.' },
              postal_code: { type: 'string', description: 'Postal or ZIP code.' },
              country_code: { type: 'string', description: 'ISO 3166-1 alpha-2 country code.', pattern: '^[A-Z]{2}$' },
            },
            required: ['full_name', 'street', 'city', 'postal_code', 'country_code'],
            additionalProperties: false,
          },
          shipping_method: { type: 'string', description: 'Delivery speed.', enum: ['standard', 'express', 'overnight', 'store_pickup'], default: 'standard' },
          note: { type: 'string', description: 'Internal note attached to the order.', maxLength: 500 },
          send_invoice: { type: 'boolean', description: 'Email the invoice to the customer right away.', default: true },
        },
        required: ['customer_email', 'line_items'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          draft_order_id: { type: 'string' },
          status: { type: 'string', enum: ['open', 'invoice_sent', 'completed'] },
          subtotal: { type: 'number', minimum: 1, maximum: 5000 },
          shipping: { type: 'number', minimum: 0, maximum: 50 },
          tax: { type: 'number', minimum: 0, maximum: 800 },
          total: { type: 'number', minimum: 1, maximum: 6000 },
          currency: { type: 'string' },
          invoice_url: { type: 'string', format: 'uri' },
          created_at: { type: 'string', format: 'date-time' },
        },
        required: ['draft_order_id', 'status', 'total', 'currency', 'created_at'],
      },
      origin: 'seed',
    },
    {
      name: 'request_order_return',
      domain: 'e-commerce',
      subdomain: 'orders',
      description:
        'Open a return request for some items of a delivered order, with a reason per item, and get a return label. Use it when the customer wants to send products back for a refund or exchange.',
      parameters: {
        type: 'object',
        properties: {
          order_id: { type: 'string', description: 'Order number, e.g. 100234.', pattern: '^[0-9]{4,10}$' },
          items: {
            type: 'array',
            description: 'Which order lines to return.',
            items: {
              type: 'object',
              properties: {
                line_item_id: { type: 'string', description: 'Identifier of the order line.' },
                quantity: { type: 'integer', description: 'Units of this line to return.', minimum: 1, maximum: 20 },
                reason: { type: 'string', description: 'Why it is returned.', enum: ['wrong_size', 'defective', 'not_as_described', 'changed_mind', 'arrived_late', 'wrong_item'] },
              },
              required: ['line_item_id', 'quantity', 'reason'],
              additionalProperties: false,
            },
            minItems: 1,
            maxItems: 20,
          },
          resolution: { type: 'string', description: 'What the customer wants back.', enum: ['refund', 'exchange', 'store_credit'], default: 'refund' },
          comment: { type: 'string', description: 'Extra details from the customer.', maxLength: 1000 },
        },
        required: ['order_id', 'items'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          return_id: { type: 'string' },
          status: { type: 'string', enum: ['requested', 'approved', 'declined'] },
          return_label_url: { type: 'string', format: 'uri' },
          refund_estimate: { type: 'number', minimum: 0, maximum: 2000 },
          return_by: { type: 'string', format: 'date' },
        },
        required: ['return_id', 'status'],
      },
      origin: 'seed',
    },
    {
      name: 'adjust_inventory_level',
      domain: 'e-commerce',
      subdomain: 'inventory',
      description:
        'Increase or decrease the available stock of a SKU at a location, recording why. Use it for restocks, damaged goods or stock-count corrections; returns the new quantity.',
      parameters: {
        type: 'object',
        properties: {
          sku: { type: 'string', description: 'Stock keeping unit.', pattern: '^[A-Z0-9]{4,12}$' },
          location_id: { type: 'string', description: 'Warehouse or store identifier, e.g. loc_main.', minLength: 1 },
          delta: { type: 'integer', description: 'Change in available quantity; negative to remove stock.', minimum: -10000, maximum: 10000 },
          reason: { type: 'string', description: 'Why the level changes.', enum: ['restock', 'damaged', 'correction', 'shrinkage', 'returned', 'promotion'] },
        },
        required: ['sku', 'location_id', 'delta', 'reason'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          sku: { type: 'string' },
          location_id: { type: 'string' },
          previous_quantity: { type: 'integer', minimum: 0, maximum: 1000 },
          available_quantity: { type: 'integer', minimum: 0, maximum: 1000 },
          low_stock: { type: 'boolean' },
          updated_at: { type: 'string', format: 'date-time' },
        },
        required: ['sku', 'location_id', 'available_quantity', 'updated_at'],
      },
      origin: 'seed',
    },
    {
      name: 'list_product_reviews',
      domain: 'e-commerce',
      subdomain: 'reviews',
      description:
        'List customer reviews of a product with rating filters and sorting, plus the rating distribution. Use it to summarize what buyers think of a product.',
      parameters: {
        type: 'object',
        properties: {
          product_id: { type: 'string', description: 'Identifier of the product.', minLength: 1 },
          min_rating: { type: 'integer', description: 'Only reviews with at least this many stars.', minimum: 1, maximum: 5, default: 1 },
          verified_only: { type: 'boolean', description: 'Only reviews from verified purchases.', default: false },
          with_photos: { type: 'boolean', description: 'Only reviews that include photos.', default: false },
          sort: { type: 'string', description: 'Order of the reviews.', enum: ['most_recent', 'most_helpful', 'highest_rating', 'lowest_rating'], default: 'most_recent' },
          page: { type: 'integer', description: 'Page number, from 1.', minimum: 1, default: 1 },
          page_size: { type: 'integer', description: 'Reviews per page.', minimum: 1, maximum: 50, default: 10 },
        },
        required: ['product_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          product_id: { type: 'string' },
          average_rating: { type: 'number', minimum: 1, maximum: 5 },
          total_reviews: { type: 'integer', minimum: 0, maximum: 5000 },
          reviews: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                review_id: { type: 'string' },
                rating: { type: 'integer', minimum: 1, maximum: 5 },
                title: { type: 'string' },
                body: { type: 'string' },
                author: { type: 'string' },
                verified_purchase: { type: 'boolean' },
                helpful_votes: { type: 'integer', minimum: 0, maximum: 200 },
                created_at: { type: 'string', format: 'date-time' },
              },
              required: ['review_id', 'rating', 'body', 'created_at'],
            },
          },
        },
        required: ['product_id', 'average_rating', 'total_reviews', 'reviews'],
      },
      origin: 'seed',
    },
  ],
};
