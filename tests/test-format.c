/* test-format.c: numbers read and written exactly, whatever the locale
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "ind-format.h"
#include "ind-test-util.h"

static void
assert_money (const char *text,
              gint64      expected)
{
  gint64 centavos = G_MININT64;

  if (!ind_parse_money (text, &centavos))
    g_error ("«%s» was not read as money", text);
  g_assert_cmpint (centavos, ==, expected);
}

static void
test_parse_money (void)
{
  assert_money ("14,757,499.81", 1475749981);
  assert_money ("168,837,476.42", 16883747642);
  assert_money ("0.00", 0);
  assert_money ("999.96", 99996);
  assert_money ("1,600.08", 160008);
  assert_money ("14757499.81", 1475749981);   /* from a spreadsheet */
  assert_money ("14757499.8", 1475749980);
  assert_money ("12", 1200);
  assert_money ("$ 1,234.50", 123450);
  assert_money ("-1,234.50", -123450);
  assert_money ("(1,234.50)", -123450);
  /* beyond what a double holds exactly in centavos */
  assert_money ("123,456,789,012,345.67", G_GINT64_CONSTANT (12345678901234567));

  g_assert_false (ind_parse_money ("", NULL));
  g_assert_false (ind_parse_money ("abc", NULL));
  g_assert_false (ind_parse_money ("12.345", NULL));          /* three decimals */
  g_assert_false (ind_parse_money ("11.496.759,89", NULL));   /* another locale's form */
  g_assert_false (ind_parse_money ("1,23,456.00", NULL));
  g_assert_false (ind_parse_money ("1234,567.00", NULL));
  g_assert_false (ind_parse_money ("14,757,499.81x", NULL));
  g_assert_false (ind_parse_money ("8.508%", NULL));
  g_assert_false (ind_parse_money ("1,000,000,000,000,000,000.00", NULL)); /* would overflow */
}

static void
assert_percent (const char *text,
                double      expected)
{
  double value = -1;

  if (!ind_parse_percent (text, &value))
    g_error ("«%s» was not read as a percentage", text);
  g_assert_cmpfloat_with_epsilon (value, expected, 1e-12);
}

static void
test_parse_percent (void)
{
  assert_percent ("8.508%", 8.508);
  assert_percent (".246%", 0.246);
  assert_percent ("0.0180%", 0.018);
  assert_percent ("100.000%", 100.0);
  assert_percent ("52.716", 52.716);
  assert_percent (" 3.5 % ", 3.5);

  g_assert_false (ind_parse_percent ("", NULL));
  g_assert_false (ind_parse_percent ("%", NULL));
  g_assert_false (ind_parse_percent ("abc%", NULL));
  g_assert_false (ind_parse_percent ("8,5%", NULL));
}

static void
test_parse_integer (void)
{
  gint64 value;

  g_assert_true (ind_parse_integer ("1020", &value));
  g_assert_cmpint (value, ==, 1020);
  g_assert_true (ind_parse_integer ("1,800", &value));
  g_assert_cmpint (value, ==, 1800);
  g_assert_false (ind_parse_integer ("12.5", NULL));
  g_assert_false (ind_parse_integer ("SEGUIMIENTO", NULL));
  g_assert_false (ind_parse_integer ("", NULL));
}

static void
assert_formatted (char       *text,
                  const char *expected)
{
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

static void
test_format_money (void)
{
  assert_formatted (ind_format_amount (16883747642), "168,837,476.42");
  assert_formatted (ind_format_amount (0), "0.00");
  assert_formatted (ind_format_amount (5), "0.05");
  assert_formatted (ind_format_amount (100000), "1,000.00");
  assert_formatted (ind_format_money (1475749981), "$14,757,499.81");
  assert_formatted (ind_format_money (-123450), "-$1,234.50");
  assert_formatted (ind_format_money (G_MININT64 + 1), "-$92,233,720,368,547,758.07");
  assert_formatted (ind_format_money_short (4389225012), "$43.9 M");
  assert_formatted (ind_format_money_short (94050208), "$940.5 mil");
  assert_formatted (ind_format_money_short (99996), "$1.0 mil");
  assert_formatted (ind_format_money_short (99900), "$999");
  assert_formatted (ind_format_money_short (99999000), "$1.0 M");
  assert_formatted (ind_format_money_short (-4389225012), "-$43.9 M");
  assert_formatted (ind_format_money_short (0), "$0");
  assert_formatted (ind_format_integer (1800), "1,800");
}

/* Under a locale with a decimal comma, output keeps the decimal point
 * that es_MX uses. */
static void
test_format_percent_any_locale (void)
{
  char *previous = g_strdup (setlocale (LC_NUMERIC, NULL));

  if (setlocale (LC_NUMERIC, "es_ES.UTF-8") == NULL)
    {
      g_free (previous);
      g_test_skip ("es_ES.UTF-8 is not available (run build-aux/install-deps)");
      return;
    }
  assert_formatted (ind_format_percent (8.508, 1), "8.5%");
  assert_formatted (ind_format_percent (26.92, 2), "26.92%");
  assert_percent ("8.508%", 8.508);
  setlocale (LC_NUMERIC, previous);
  g_free (previous);
}

static void
test_format_period (void)
{
  g_autoptr(GDate) march = g_date_new_dmy (31, G_DATE_MARCH, 2024);
  g_autoptr(GDate) september = g_date_new_dmy (30, G_DATE_SEPTEMBER, 2024);

  assert_formatted (ind_format_date (march), "31 de marzo de 2024");
  assert_formatted (ind_format_period (march), "al 31 de marzo de 2024 · primer trimestre");
  assert_formatted (ind_format_period (september), "al 30 de septiembre de 2024 · tercer trimestre");
}

/* Quarters by their short name; any other day by its date. */
static void
test_format_period_short (void)
{
  g_autoptr(GDate) march = g_date_new_dmy (31, G_DATE_MARCH, 2024);
  g_autoptr(GDate) december = g_date_new_dmy (31, G_DATE_DECEMBER, 2023);
  g_autoptr(GDate) february = g_date_new_dmy (29, G_DATE_FEBRUARY, 2024);
  g_autoptr(GDate) june_29 = g_date_new_dmy (29, G_DATE_JUNE, 2024);
  GDate invalid;

  g_date_clear (&invalid, 1);
  assert_formatted (ind_format_period_short (march), "T1 2024");
  assert_formatted (ind_format_period_short (december), "T4 2023");
  assert_formatted (ind_format_period_short (february), "29 de febrero de 2024");
  assert_formatted (ind_format_period_short (june_29), "29 de junio de 2024");
  assert_formatted (ind_format_period_short (&invalid), "periodo desconocido");
}

int
main (int   argc,
      char *argv[])
{
  ind_test_init (&argc, &argv);

  g_test_add_func ("/format/parse-money", test_parse_money);
  g_test_add_func ("/format/parse-percent", test_parse_percent);
  g_test_add_func ("/format/parse-integer", test_parse_integer);
  g_test_add_func ("/format/money", test_format_money);
  g_test_add_func ("/format/percent-any-locale", test_format_percent_any_locale);
  g_test_add_func ("/format/period-in-spanish", test_format_period);
  g_test_add_func ("/format/period-short", test_format_period_short);

  return g_test_run ();
}
