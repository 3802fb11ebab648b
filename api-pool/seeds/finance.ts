import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'finance',
  description: 'Market data, banking, card payments and personal budgeting for individuals and businesses.',
  subdomains: [
    { name: 'markets', description: 'Quotes, price history and exchange rates for listed securities and currencies.' },
    { name: 'banking', description: 'Bank account transactions and outgoing transfers.' },
    { name: 'payments', description: 'Accepting card and wallet payments and refunding them, Stripe-style.' },
    { name: 'budgeting', description: 'Personal budgets and spending plans.' },
  ],
  apis: [
    {
      name: 'get_equity_quote',
      domain: 'finance',
      subdomain: 'markets',
      description:
        'Get the latest trade price, daily change and volume for a listed stock or ETF. Use it when the user asks how a ticker is trading right now.',
      parameters: {
        type: 'object',
        properties: {
          symbol: { type: 'string', description: 'Ticker symbol, upper case, e.g. AAPL.', pattern: '^[A-Z]{1,5}$' },
          exchange: {
            type: 'string',
            description: 'Exchange to quote from when the symbol is listed on several.',
            enum: ['NASDAQ', 'NYSE', 'LSE', 'XETRA', 'EURONEXT', 'TSE'],
          },
          include_extended_hours: { type: 'boolean', description: 'Use pre-market and after-hours trades for the latest price.', default: false },
        },
        required: ['symbol'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          symbol: { type: 'string' },
          exchange: { type: 'string' },
          currency: { type: 'string', pattern: '^[A-Z]{3}$' },
          price: { type: 'number', minimum: 1, maximum: 2000 },
          change: { type: 'number', minimum: -50, maximum: 50 },
          change_percent: { type: 'number', minimum: -10, maximum: 10 },
          volume: { type: 'integer', minimum: 0, maximum: 200000000 },
          market_state: { type: 'string', enum: ['pre', 'regular', 'post', 'closed'] },
          as_of: { type: 'string', format: 'date-time' },
        },
        required: ['symbol', 'currency', 'price', 'change_percent', 'as_of'],
      },
      origin: 'seed',
    },
    {
      name: 'get_price_history',
      domain: 'finance',
      subdomain: 'markets',
      description:
        'Get historical OHLCV bars (open, high, low, close, volume) for a ticker over a date range. Use it for charts, returns over a period or past prices on a given day.',
      parameters: {
        type: 'object',
        properties: {
          symbol: { type: 'string', description: 'Ticker symbol, upper case, e.g. MSFT.', pattern: '^[A-Z]{1,5}$' },
          start_date: { type: 'string', description: 'First trading day to include.', format: 'date' },
          end_date: { type: 'string', description: 'Last trading day to include; defaults to the latest close.', format: 'date' },
          interval: { type: 'string', description: 'Bar size.', enum: ['1d', '1wk', '1mo'], default: '1d' },
          adjusted: { type: 'boolean', description: 'Adjust prices for splits and dividends.', default: true },
        },
        required: ['symbol', 'start_date'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          symbol: { type: 'string' },
          interval: { type: 'string' },
          bars: {
            type: 'array',
            maxItems: 10,
            items: {
              type: 'object',
              properties: {
                date: { type: 'string', format: 'date' },
                open: { type: 'number', minimum: 1, maximum: 2000 },
                high: { type: 'number', minimum: 1, maximum: 2000 },
                low: { type: 'number', minimum: 1, maximum: 2000 },
                close: { type: 'number', minimum: 1, maximum: 2000 },
                volume: { type: 'integer', minimum: 0 },
              },
              required: ['date', 'open', 'high', 'low', 'close', 'volume'],
            },
          },
        },
        required: ['symbol', 'bars'],
      },
      origin: 'seed',
    },
    {
      name: 'get_exchange_rates',
      domain: 'finance',
      subdomain: 'markets',
      description:
        'Get reference exchange rates from one base currency to several others, today or on a past date. Use it to compare many currencies at once rather than convert a single amount.',
      parameters: {
        type: 'object',
        properties: {
          base_currency: { type: 'string', description: 'ISO 4217 code of the base currency.', pattern: '^[A-Z]{3}$', default: 'USD' },
          quote_currencies: {
            type: 'array',
            description: 'ISO 4217 codes of the quote currencies; all supported currencies when omitted.',
            items: { type: 'string', pattern: '^[A-Z]{3}$' },
            minItems: 1,
            maxItems: 20,
            uniqueItems: true,
          },
          date: { type: 'string', description: 'Historical date of the rates; latest rates when omitted.', format: 'date' },
        },
        required: [],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          base_currency: { type: 'string', pattern: '^[A-Z]{3}$' },
          date: { type: 'string', format: 'date' },
          rates: {
            type: 'array',
            maxItems: 8,
            items: {
              type: 'object',
              properties: {
                currency: { type: 'string', pattern: '^[A-Z]{3}$' },
                rate: { type: 'number', minimum: 0.001, maximum: 2000 },
              },
              required: ['currency', 'rate'],
            },
          },
        },
        required: ['base_currency', 'date', 'rates'],
      },
      origin: 'seed',
    },
    {
      name: 'list_account_transactions',
      domain: 'finance',
      subdomain: 'banking',
      description:
        'List the booked transactions of a bank account, filtered by date range, amount and spending category. Use it to answer questions about past spending or find a specific payment.',
      parameters: {
        type: 'object',
        properties: {
          account_id: { type: 'string', description: 'Identifier of the bank account, e.g. acc_8Fh2kQ.', minLength: 1 },
          from_date: { type: 'string', description: 'Earliest booking date to include.', format: 'date' },
          to_date: { type: 'string', description: 'Latest booking date to include.', format: 'date' },
          direction: { type: 'string', description: 'Only money in (credit) or money out (debit).', enum: ['credit', 'debit', 'both'], default: 'both' },
          min_amount: { type: 'number', description: 'Minimum absolute amount in the account currency.', minimum: 0 },
          categories: {
            type: 'array',
            description: 'Spending categories to keep.',
            items: { type: 'string', enum: ['groceries', 'dining', 'transport', 'utilities', 'rent', 'entertainment', 'salary', 'shopping', 'health'] },
            minItems: 1,
            maxItems: 9,
            uniqueItems: true,
          },
          limit: { type: 'integer', description: 'Maximum number of transactions to return.', minimum: 1, maximum: 500, default: 50 },
        },
        required: ['account_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          account_id: { type: 'string' },
          currency: { type: 'string', pattern: '^[A-Z]{3}$' },
          transactions: {
            type: 'array',
            maxItems: 8,
            items: {
              type: 'object',
              properties: {
                transaction_id: { type: 'string' },
                booked_at: { type: 'string', format: 'date-time' },
                amount: { type: 'number', minimum: -3000, maximum: 5000 },
                counterparty: { type: 'string' },
                category: { type: 'string' },
                description: { type: 'string' },
              },
              required: ['transaction_id', 'booked_at', 'amount', 'counterparty'],
            },
          },
          total_count: { type: 'integer', minimum: 0 },
        },
        required: ['account_id', 'transactions', 'total_count'],
      },
      origin: 'seed',
    },
    {
      name: 'initiate_bank_transfer',
      domain: 'finance',
      subdomain: 'banking',
      description:
        'Initiate a SEPA or wire transfer from one of the user\'s accounts to a beneficiary identified by IBAN, immediately or on a scheduled date. Use it only after the user has confirmed amount and beneficiary.',
      parameters: {
        type: 'object',
        properties: {
          from_account_id: { type: 'string', description: 'Identifier of the account to debit.', minLength: 1 },
          beneficiary: {
            type: 'object',
            description: 'Who receives the money.',
            properties: {
              full_name: { type: 'string', description: 'Full name of the account holder.', minLength: 1 },
              iban: { type: 'string', description: 'IBAN of the receiving account, no spaces.', pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' },
              bic: { type: 'string', description: 'BIC/SWIFT code of the receiving bank.', pattern: '^[A-Z]{6}[A-Z0-9]{2,5}$' },
            },
            required: ['full_name', 'iban'],
            additionalProperties: false,
          },
          amount: { type: 'number', description: 'Amount to send, in the transfer currency.', minimum: 0.01, maximum: 100000 },
          currency: { type: 'string', description: 'ISO 4217 code of the transfer currency.', pattern: '^[A-Z]{3}$', default: 'EUR' },
          reference: { type: 'string', description: 'Payment reference shown to the beneficiary.', maxLength: 140 },
          execution_date: { type: 'string', description: 'Date on which to execute the transfer; today when omitted.', format: 'date' },
          instant: { type: 'boolean', description: 'Use instant payment rails if available (may carry a fee).', default: false },
        },
        required: ['from_account_id', 'beneficiary', 'amount'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          transfer_id: { type: 'string' },
          status: { type: 'string', enum: ['pending', 'scheduled', 'executed', 'rejected'] },
          amount: { type: 'number' },
          currency: { type: 'string' },
          fee: { type: 'number', minimum: 0, maximum: 10 },
          execution_date: { type: 'string', format: 'date' },
          created_at: { type: 'string', format: 'date-time' },
        },
        required: ['transfer_id', 'status', 'amount', 'currency', 'created_at'],
      },
      origin: 'seed',
    },
    {
      name: 'create_payment_intent',
      domain: 'finance',
      subdomain: 'payments',
      description:
        'Create a payment intent to charge a customer, in the smallest currency unit (cents). Use it to start a checkout; the returned client secret is used to confirm the payment on the client.',
      parameters: {
        type: 'object',
        properties: {
          amount: { type: 'integer', description: 'Amount to charge in the smallest currency unit, e.g. 1999 for 19.99.', minimum: 50, maximum: 99999999 },
          currency: { type: 'string', description: 'ISO 4217 code of the charge currency, e.g. USD.', pattern: '^[A-Z]{3}$' },
          customer_email: { type: 'string', description: 'Email address of the paying customer, used for the receipt.', format: 'email' },
          payment_method_types: {
            type: 'array',
            description: 'Payment methods the customer may use.',
            items: { type: 'string', enum: ['card', 'sepa_debit', 'ideal', 'apple_pay', 'google_pay', 'klarna'] },
            minItems: 1,
            maxItems: 6,
            uniqueItems: true,
            default: ['card'],
          },
          capture_method: {
            type: 'string',
            description: 'Capture funds immediately or only authorize them for a later manual capture.',
            enum: ['automatic', 'manual'],
            default: 'automatic',
          },
          description: { type: 'string', description: 'Description of what is being paid for, shown in the dashboard.', maxLength: 500 },
          billing_details: {
            type: 'object',
            description: 'Billing name and address of the customer.',
            properties: {
              full_name: { type: 'string', description: 'Cardholder name.' },
              street: { type: 'string', description: 'Street address.' },
              city: { type: 'string', description: 'City.' },
              postal_code: { type: 'string', description: 'Postal code.' },
              country: { type: 'string', description: 'ISO 3166-1 alpha-2 country code.', pattern: '^[A-Z]{2}$' },
            },
            required: ['full_name', 'country'],
            additionalProperties: false,
          },
        },
        required: ['amount', 'currency'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          id: { type: 'string', pattern: '^pi_[A-Za-z0-9]{24}$' },
          client_secret: { type: 'string' },
          amount: { type: 'integer' },
          currency: { type: 'string' },
          status: { type: 'string', enum: ['requires_payment_method', 'requires_confirmation', 'requires_capture', 'processing', 'succeeded'] },
          created: { type: 'string', format: 'date-time' },
        },
        required: ['id', 'client_secret', 'amount', 'currency', 'status', 'created'],
      },
      origin: 'seed',
    },
    {
      name: 'refund_payment',
      domain: 'finance',
      subdomain: 'payments',
      description:
        'Refund a captured payment fully or partially. Use it when a customer should get money back for a charge; omit the amount for a full refund.',
      parameters: {
        type: 'object',
        properties: {
          payment_intent_id: { type: 'string', description: 'Identifier of the payment intent to refund, e.g. pi_3Nq8s2Lk...', pattern: '^pi_[A-Za-z0-9]{8,32}$' },
          amount: { type: 'integer', description: 'Amount to refund in the smallest currency unit; the full remaining amount when omitted.', minimum: 1 },
          reason: { type: 'string', description: 'Why the payment is refunded.', enum: ['duplicate', 'fraudulent', 'requested_by_customer'] },
          notify_customer: { type: 'boolean', description: 'Email the customer a refund receipt.', default: true },
        },
        required: ['payment_intent_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          refund_id: { type: 'string' },
          payment_intent_id: { type: 'string' },
          amount: { type: 'integer', minimum: 1, maximum: 50000 },
          currency: { type: 'string' },
          status: { type: 'string', enum: ['pending', 'succeeded', 'failed'] },
          created: { type: 'string', format: 'date-time' },
        },
        required: ['refund_id', 'payment_intent_id', 'amount', 'status', 'created'],
      },
      origin: 'seed',
    },
    {
      name: 'create_monthly_budget',
      domain: 'finance',
      subdomain: 'budgeting',
      description:
        'Create a monthly budget with a spending limit per category. Use it when the user wants to plan how much to spend on groceries, rent, dining and so on in a given month.',
      parameters: {
        type: 'object',
        properties: {
          year: { type: 'integer', description: 'Budget year.', minimum: 2000, maximum: 2100 },
          month: { type: 'integer', description: 'Budget month, 1 for January.', minimum: 1, maximum: 12 },
          currency: { type: 'string', description: 'ISO 4217 code of the budget currency.', pattern: '^[A-Z]{3}$', default: 'USD' },
          expected_income: { type: 'number', description: 'Expected net income for the month.', minimum: 0 },
          categories: {
            type: 'array',
            description: 'Spending limits per category.',
            items: {
              type: 'object',
              properties: {
                category: { type: 'string', description: 'Spending category.', enum: ['groceries', 'dining', 'transport', 'utilities', 'rent', 'entertainment', 'shopping', 'health', 'savings'] },
                limit: { type: 'number', description: 'Maximum amount to spend in this category.', minimum: 0 },
                alert_at_percent: { type: 'integer', description: 'Send an alert when this share of the limit is spent.', minimum: 1, maximum: 100, default: 80 },
              },
              required: ['category', 'limit'],
              additionalProperties: false,
            },
            minItems: 1,
            maxItems: 9,
          },
          rollover_unspent: { type: 'boolean', description: 'Carry unspent amounts over to next month.', default: false },
        },
        required: ['year', 'month', 'categories'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          budget_id: { type: 'string' },
          year: { type: 'integer', minimum: 2000, maximum: 2100 },
          month: { type: 'integer', minimum: 1, maximum: 12 },
          total_limit: { type: 'number', minimum: 0 },
          unallocated_income: { type: 'number' },
          categories: {
            type: 'array',
            maxItems: 9,
            items: {
              type: 'object',
              properties: {
                category: { type: 'string' },
                limit: { type: 'number' },
                spent_so_far: { type: 'number', minimum: 0 },
              },
              required: ['category', 'limit'],
            },
          },
          created_at: { type: 'string', format: 'date-time' },
        },
        required: ['budget_id', 'year', 'month', 'total_limit', 'categories'],
      },
      origin: 'seed',
    },
  ],
};
