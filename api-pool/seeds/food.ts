import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'food',
  description: 'Recipes, nutrition analysis, meal planning, restaurant search and reservations, and food delivery.',
  subdomains: [
    { name: 'recipes', description: 'Finding recipes by ingredients, cuisine and diet, Spoonacular-style.' },
    { name: 'nutrition', description: 'Calories and nutrients of recipes and ingredient lists.' },
    { name: 'meal-planning', description: 'Daily and weekly meal plans toward calorie targets.' },
    { name: 'restaurants', description: 'Restaurant search and table reservations.' },
    { name: 'delivery', description: 'Ordering food for delivery.' },
  ],
  apis: [
    {
      name: 'search_recipes',
      domain: 'food',
      subdomain: 'recipes',
      description:
        'Search recipes by dish name or ingredients, with cuisine, diet, intolerance and preparation-time filters. Use it when the user asks what they can cook.',
      parameters: {
        type: 'object',
        properties: {
          query: { type: 'string', description: 'Dish or keyword, e.g. pasta or curry.' },
          include_ingredients: {
            type: 'array',
            description: 'Ingredients the recipe should use, e.g. what is in the fridge.',
            items: { type: 'string', minLength: 2 },
            maxItems: 10,
          },
          cuisine: { type: 'string', description: 'Cuisine.', enum: ['italian', 'mexican', 'indian', 'chinese', 'japanese', 'thai', 'french', 'mediterranean', 'american', 'middle_eastern'] },
          diet: { type: 'string', description: 'Diet the recipe must follow.', enum: ['vegetarian', 'vegan', 'pescatarian', 'ketogenic', 'paleo', 'gluten_free'] },
          intolerances: {
            type: 'array',
            description: 'Allergens to exclude.',
            items: { type: 'string', enum: ['dairy', 'egg', 'gluten', 'peanut', 'tree_nut', 'shellfish', 'soy', 'sesame'] },
            uniqueItems: true,
            maxItems: 8,
          },
          max_ready_minutes: { type: 'integer', description: 'Longest total preparation and cooking time.', minimum: 5, maximum: 480 },
          number: { type: 'integer', description: 'Number of recipes to return.', minimum: 1, maximum: 50, default: 10 },
        },
        required: [],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          results: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                recipe_id: { type: 'integer', minimum: 1000, maximum: 999999 },
                title: { type: 'string' },
                ready_in_minutes: { type: 'integer', minimum: 10, maximum: 120 },
                servings: { type: 'integer', minimum: 1, maximum: 8 },
                used_ingredient_count: { type: 'integer', minimum: 0, maximum: 6 },
                missed_ingredient_count: { type: 'integer', minimum: 0, maximum: 6 },
                image_url: { type: 'string', format: 'uri' },
              },
              required: ['recipe_id', 'title', 'ready_in_minutes', 'servings'],
            },
          },
          total_results: { type: 'integer', minimum: 0, maximum: 900 },
        },
        required: ['results', 'total_results'],
      },
      origin: 'seed',
    },
    {
      name: 'get_recipe_instructions',
      domain: 'food',
      subdomain: 'recipes',
      description:
        'Get the ingredient list and step-by-step instructions of a recipe, scaled to a number of servings and a unit system. Use it once the user has picked a recipe to cook.',
      parameters: {
        type: 'object',
        properties: {
          recipe_id: { type: 'integer', description: 'Identifier of the recipe.', minimum: 1 },
          servings: { type: 'integer', description: 'Scale quantities to this many servings.', minimum: 1, maximum: 50 },
          units: { type: 'string', description: 'Measurement system for quantities.', enum: ['metric', 'us'], default: 'metric' },
        },
        required: ['recipe_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          recipe_id: { type: 'integer' },
          title: { type: 'string' },
          servings: { type: 'integer', minimum: 1, maximum: 50 },
          ingredients: {
            type: 'array',
            maxItems: 6,
            items: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                amount: { type: 'number', minimum: 0.25, maximum: 1000 },
                unit: { type: 'string' },
              },
              required: ['name', 'amount'],
            },
          },
          steps: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 6 },
        },
        required: ['recipe_id', 'title', 'servings', 'ingredients', 'steps'],
      },
      origin: 'seed',
    },
    {
      name: 'analyze_ingredient_nutrition',
      domain: 'food',
      subdomain: 'nutrition',
      description:
        'Compute calories, macronutrients and key micronutrients for a list of ingredients with quantities, per serving. Use it to get the nutrition facts of a homemade dish.',
      parameters: {
        type: 'object',
        properties: {
          ingredients: {
            type: 'array',
            description: 'Ingredients with their quantities.',
            items: {
              type: 'object',
              properties: {
                name: { type: 'string', description: 'Ingredient, e.g. rolled oats.', minLength: 2 },
                quantity: { type: 'number', description: 'Amount in the given unit.', minimum: 0 },
                unit: { type: 'string', description: 'Unit of the amount.', enum: ['g', 'kg', 'ml', 'l', 'cup', 'tbsp', 'tsp', 'oz', 'lb', 'piece'] },
              },
              required: ['name', 'quantity', 'unit'],
              additionalProperties: false,
            },
            minItems: 1,
            maxItems: 40,
          },
          servings: { type: 'integer', description: 'Number of servings the ingredients make.', minimum: 1, maximum: 50, default: 1 },
        },
        required: ['ingredients'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          per_serving: {
            type: 'object',
            properties: {
              calories: { type: 'number', minimum: 50, maximum: 1500 },
              protein_g: { type: 'number', minimum: 0, maximum: 80 },
              carbohydrates_g: { type: 'number', minimum: 0, maximum: 200 },
              fat_g: { type: 'number', minimum: 0, maximum: 90 },
              fiber_g: { type: 'number', minimum: 0, maximum: 30 },
              sodium_mg: { type: 'number', minimum: 0, maximum: 3000 },
            },
            required: ['calories', 'protein_g', 'carbohydrates_g', 'fat_g'],
          },
          unrecognized_ingredients: { type: 'array', items: { type: 'string' }, maxItems: 2 },
        },
        required: ['per_serving'],
      },
      origin: 'seed',
    },
    {
      name: 'generate_meal_plan',
      domain: 'food',
      subdomain: 'meal-planning',
      description:
        'Generate a day or week of meals that meets a calorie target and diet, excluding disliked ingredients. Use it when the user wants a plan of what to eat.',
      parameters: {
        type: 'object',
        properties: {
          time_frame: { type: 'string', description: 'Plan length.', enum: ['day', 'week'], default: 'day' },
          target_calories: { type: 'integer', description: 'Daily calorie target.', minimum: 800, maximum: 6000, default: 2000 },
          diet: { type: 'string', description: 'Diet to follow.', enum: ['none', 'vegetarian', 'vegan', 'pescatarian', 'ketogenic', 'mediterranean'], default: 'none' },
          exclude: {
            type: 'array',
            description: 'Ingredients to avoid, e.g. shellfish, olives.',
            items: { type: 'string' },
            maxItems: 20,
          },
          meals_per_day: { type: 'integer', description: 'Number of meals each day.', minimum: 1, maximum: 6, default: 3 },
        },
        required: [],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          plan_id: { type: 'string' },
          days: {
            type: 'array',
            maxItems: 3,
            items: {
              type: 'object',
              properties: {
                date: { type: 'string', format: 'date' },
                meals: {
                  type: 'array',
                  maxItems: 3,
                  items: {
                    type: 'object',
                    properties: {
                      slot: { type: 'string', enum: ['breakfast', 'lunch', 'dinner', 'snack'] },
                      recipe_id: { type: 'integer', minimum: 1000, maximum: 999999 },
                      title: { type: 'string' },
                      calories: { type: 'integer', minimum: 150, maximum: 1200 },
                    },
                    required: ['slot', 'title', 'calories'],
                  },
                },
                total_calories: { type: 'integer', minimum: 800, maximum: 4000 },
              },
              required: ['meals', 'total_calories'],
            },
          },
        },
        required: ['plan_id', 'days'],
      },
      origin: 'seed',
    },
    {
      name: 'search_restaurants',
      domain: 'food',
      subdomain: 'restaurants',
      description:
        'Search restaurants in a city or near coordinates by cuisine, price level, rating and opening status. Use it to recommend a place to eat.',
      parameters: {
        type: 'object',
        properties: {
          city: { type: 'string', description: 'City to search in.', minLength: 1 },
          near: {
            type: 'object',
            description: 'Search around a point instead of a whole city.',
            properties: {
              latitude: { type: 'number', description: 'Latitude in decimal degrees.', minimum: -90, maximum: 90 },
              longitude: { type: 'number', description: 'Longitude in decimal degrees.', minimum: -180, maximum: 180 },
              radius_m: { type: 'integer', description: 'Search radius in meters.', minimum: 100, maximum: 40000, default: 1500 },
            },
            required: ['latitude', 'longitude'],
            additionalProperties: false,
          },
          cuisine: { type: 'string', description: 'Type of food, e.g. ramen, tapas, vegan.' },
          price_levels: {
            type: 'array',
            description: 'Acceptable price levels, 1 (cheap) to 4 (very expensive).',
            items: { type: 'integer', minimum: 1, maximum: 4 },
            minItems: 1,
            maxItems: 4,
            uniqueItems: true,
          },
          min_rating: { type: 'number', description: 'Minimum average rating out of 5.', minimum: 1, maximum: 5 },
          open_now: { type: 'boolean', description: 'Only places open right now.', default: false },
          sort_by: { type: 'string', description: 'Ordering.', enum: ['best_match', 'rating', 'review_count', 'distance'], default: 'best_match' },
        },
        required: [],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          restaurants: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                restaurant_id: { type: 'string' },
                name: { type: 'string' },
                cuisine: { type: 'string' },
                price_level: { type: 'integer', minimum: 1, maximum: 4 },
                rating: { type: 'number', minimum: 1, maximum: 5 },
                review_count: { type: 'integer', minimum: 0, maximum: 5000 },
                address: { type: 'string' },
                distance_m: { type: 'integer', minimum: 0, maximum: 5000 },
                open_now: { type: 'boolean' },
              },
              required: ['restaurant_id', 'name', 'rating', 'address'],
            },
          },
          total: { type: 'integer', minimum: 0, maximum: 500 },
        },
        required: ['restaurants', 'total'],
      },
      origin: 'seed',
    },
    {
      name: 'reserve_restaurant_table',
      domain: 'food',
      subdomain: 'restaurants',
      description:
        'Reserve a table at a restaurant for a party at a date and time, with seating preference and special requests. Use it once the user has chosen a restaurant and time.',
      parameters: {
        type: 'object',
        properties: {
          restaurant_id: { type: 'string', description: 'Identifier of the restaurant.', minLength: 1 },
          party_size: { type: 'integer', description: 'Number of diners.', minimum: 1, maximum: 20 },
          reservation_time: { type: 'string', description: 'Date and time of the reservation.', format: 'date-time' },
          guest: {
            type: 'object',
            description: 'Contact of the person booking.',
            properties: {
              full_name: { type: 'string', description: 'Name for the reservation.' },
              phone: { type: 'string', description: 'Phone in E.164 format.', pattern: '^\\+[1-9][0-9]{7,14}$' },
              email: { type: 'string', description: 'Email for the confirmation.', format: 'email' },
            },
            required: ['full_name', 'phone'],
            additionalProperties: false,
          },
          seating: { type: 'string', description: 'Seating preference.', enum: ['no_preference', 'indoor', 'outdoor', 'bar', 'private_room'], default: 'no_preference' },
          special_requests: { type: 'string', description: 'Allergies, occasions or accessibility needs.', maxLength: 500 },
        },
        required: ['restaurant_id', 'party_size', 'reservation_time', 'guest'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          reservation_id: { type: 'string' },
          status: { type: 'string', enum: ['confirmed', 'pending', 'waitlisted'] },
          reservation_time: { type: 'string', format: 'date-time' },
          party_size: { type: 'integer', minimum: 1, maximum: 20 },
          table_hold_minutes: { type: 'integer', minimum: 10, maximum: 20 },
          cancellation_deadline: { type: 'string', format: 'date-time' },
        },
        required: ['reservation_id', 'status', 'reservation_time', 'party_size'],
      },
      origin: 'seed',
    },
    {
      name: 'create_food_delivery_order',
      domain: 'food',
      subdomain: 'delivery',
      description:
        'Order dishes from a restaurant for delivery to an address, now or at a scheduled time, with a tip. Use it when the user wants food delivered.',
      parameters: {
        type: 'object',
        properties: {
          restaurant_id: { type: 'string', description: 'Identifier of the restaurant.', minLength: 1 },
          items: {
            type: 'array',
            description: 'Menu items to order.',
            items: {
              type: 'object',
              properties: {
                menu_item_id: { type: 'string', description: 'Identifier of the menu item.' },
                quantity: { type: 'integer', description: 'Number of portions.', minimum: 1, maximum: 20 },
                instructions: { type: 'string', description: 'Preparation notes, e.g. no onions.', maxLength: 200 },
              },
              required: ['menu_item_id', 'quantity'],
              additionalProperties: false,
            },
            minItems: 1,
            maxItems: 30,
          },
          delivery_address: {
            type: 'object',
            description: 'Where to deliver.',
            properties: {
              street: { type: 'string', description: 'Street and number.' },
              unit: { type: 'string', description: 'Apartment, floor or door code.' },
              city: { type: 'string', description: 'City.' },
              postal_code: { type: 'string', description: 'Postal code.' },
            },
            required: ['street', 'city'],
            additionalProperties: false,
          },
          tip_amount: { type: 'number', description: 'Tip for the courier in the order currency.', minimum: 0, maximum: 100, default: 0 },
          scheduled_for: { type: 'string', description: 'Deliver at this time instead of as soon as possible.', format: 'date-time' },
          contactless: { type: 'boolean', description: 'Leave at the door.', default: false },
        },
        required: ['restaurant_id', 'items', 'delivery_address'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          order_id: { type: 'string' },
          status: { type: 'string', enum: ['placed', 'accepted', 'preparing'] },
          subtotal: { type: 'number', minimum: 8, maximum: 300 },
          delivery_fee: { type: 'number', minimum: 0, maximum: 10 },
          total: { type: 'number', minimum: 8, maximum: 350 },
          currency: { type: 'string', pattern: '^[A-Z]{3}$' },
          estimated_delivery_at: { type: 'string', format: 'date-time' },
        },
        required: ['order_id', 'status', 'total', 'currency', 'estimated_delivery_at'],
      },
      origin: 'seed',
    },
  ],
};
