/* ind-format.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ind-format.h"

/* Copies @text without blanks, a leading "$" and thousands separators
 * (commas in groups of three), so that "$ 14,757,499.81" becomes
 * "14757499.81". Returns NULL when the commas are not thousands
 * separators, as in "11.496.759,89". */
static char *
strip_grouping (const char *text,
                gboolean   *negative)
{
  GString *out = g_string_new (NULL);
  const char *p = text;
  int digits_since_comma = -1; /* -1: no comma seen yet */
  int leading_digits = 0;

  *negative = FALSE;
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '-' || *p == '(')
    {
      *negative = TRUE;
      p++;
    }
  if (*p == '$')
    p++;
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '-' && !*negative)
    {
      *negative = TRUE;
      p++;
    }

  for (; *p != '\0' && *p != '.'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (out, *p);
          if (digits_since_comma >= 0)
            digits_since_comma++;
          else
            leading_digits++;
        }
      else if (*p == ',')
        {
          if ((digits_since_comma < 0 && (leading_digits == 0 || leading_digits > 3)) ||
              (digits_since_comma >= 0 && digits_since_comma != 3))
            goto fail;
          digits_since_comma = 0;
        }
      else
        break;
    }
  if (digits_since_comma >= 0 && digits_since_comma != 3)
    goto fail;
  for (; *p != '\0'; p++)
    {
      if (*p == ')' && text[strspn (text, " \t")] == '(')
        continue;
      if (g_ascii_isspace (*p))
        continue;
      if (!g_ascii_isdigit (*p) && *p != '.')
        goto fail;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);

fail:
  g_string_free (out, TRUE);
  return NULL;
}

/**
 * ind_parse_money:
 * @text: "14,757,499.81", "0.00", "-1,200.5", "(3.00)", "14757499.81"
 *
 * Reads an amount into exact centavos without going through a double.
 * Refuses more than two decimals and anything that is not a number.
 */
gboolean
ind_parse_money (const char *text,
                 gint64     *centavos)
{
  g_autofree char *plain = NULL;
  gboolean negative;
  const char *dot;
  guint64 whole = 0, cents = 0;
  guint n_whole, n_frac = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  plain = strip_grouping (text, &negative);
  if (plain == NULL || plain[0] == '\0')
    return FALSE;

  dot = strchr (plain, '.');
  n_whole = dot ? (guint)(dot - plain) : strlen (plain);
  if (dot != NULL)
    {
      n_frac = strlen (dot + 1);
      if (n_frac > 2 || strchr (dot + 1, '.') != NULL)
        return FALSE;
    }
  if (n_whole + n_frac == 0 || n_whole > 15)
    return FALSE;

  for (guint i = 0; i < n_whole; i++)
    whole = whole * 10 + (plain[i] - '0');
  for (guint i = 0; i < 2; i++)
    cents = cents * 10 + (i < n_frac ? dot[1 + i] - '0' : 0);

  if (centavos != NULL)
    *centavos = (negative ? -1 : 1) * (gint64)(whole * 100 + cents);
  return TRUE;
}

/**
 * ind_parse_percent:
 * @text: "8.508%", ".246%", "0.0180%", "100.000%", or "52.716" with no sign
 *
 * Reads a percentage in percent units, as the report prints it.
 */
gboolean
ind_parse_percent (const char *text,
                   double     *percent)
{
  g_autofree char *copy = NULL;
  char *end;
  double value;

  g_return_val_if_fail (text != NULL, FALSE);

  copy = g_strstrip (g_strdup (text));
  if (g_str_has_suffix (copy, "%"))
    copy[strlen (copy) - 1] = '\0';
  g_strchomp (copy);
  if (copy[0] == '\0' || strspn (copy, "-+.0123456789") != strlen (copy))
    return FALSE;

  value = g_ascii_strtod (copy, &end);
  if (*end != '\0' || end == copy)
    return FALSE;
  if (percent != NULL)
    *percent = value;
  return TRUE;
}

/* Whole counts (Meta, Unidades): "1020", "1,020". */
gboolean
ind_parse_integer (const char *text,
                   gint64     *value)
{
  g_autofree char *plain = NULL;
  gboolean negative;
  guint64 parsed;
  char *end;

  g_return_val_if_fail (text != NULL, FALSE);

  plain = strip_grouping (text, &negative);
  if (plain == NULL || plain[0] == '\0' || strchr (plain, '.') != NULL ||
      strlen (plain) > 15)
    return FALSE;
  parsed = g_ascii_strtoull (plain, &end, 10);
  if (*end != '\0')
    return FALSE;
  if (value != NULL)
    *value = negative ? -(gint64)parsed : (gint64)parsed;
  return TRUE;
}

/* Inserts commas every three digits from the right of @digits. */
static void
append_grouped (GString    *out,
                const char *digits)
{
  size_t len = strlen (digits);

  for (size_t i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
}

/* es_MX writes money as 14,757,499.81. Done by hand from the centavos
 * rather than with printf's locale grouping, which depends on the
 * process locale and goes through a double. */
static char *
format_centavos (gint64   centavos,
                 gboolean with_sign)
{
  GString *out = g_string_new (NULL);
  guint64 magnitude = centavos < 0 ? -(guint64)centavos : (guint64)centavos;
  char digits[32];

  if (centavos < 0)
    g_string_append_c (out, '-');
  if (with_sign)
    g_string_append_c (out, '$');
  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, magnitude / 100);
  append_grouped (out, digits);
  g_string_append_printf (out, ".%02u", (guint)(magnitude % 100));
  return g_string_free (out, FALSE);
}

/* "14,757,499.81", as the report prints it. */
char *
ind_format_amount (gint64 centavos)
{
  return format_centavos (centavos, FALSE);
}

/* "$14,757,499.81" */
char *
ind_format_money (gint64 centavos)
{
  return format_centavos (centavos, TRUE);
}

/* "$43.9 M", "$940.5 mil", "$999.96": for chart labels. */
char *
ind_format_money_short (gint64 centavos)
{
  double pesos = centavos / 100.0;
  double magnitude = ABS (pesos);
  const char *sign = pesos < 0 ? "-" : "";

  const char *suffix = "";
  double scaled = magnitude;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  /* Thresholds sit where rounding would print "1000.0" in the smaller
   * unit. */
  if (magnitude >= 999.95e6)
    scaled = magnitude / 1e9, suffix = " mil M";
  else if (magnitude >= 999.95e3)
    scaled = magnitude / 1e6, suffix = " M";
  else if (magnitude >= 999.5)
    scaled = magnitude / 1e3, suffix = " mil";

  g_ascii_formatd (number, sizeof number, *suffix ? "%.1f" : "%.0f", scaled);
  return g_strdup_printf ("%s$%s%s", sign, number, suffix);
}

/* @value with @decimals, without a trailing ".0": "41.1", "850", "1". */
static char *
format_scaled (double value,
               int    decimals)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  char *point;

  g_ascii_formatd (number, sizeof number, decimals > 0 ? "%.1f" : "%.0f", value);
  point = strchr (number, '.');
  if (point != NULL && strcmp (point, ".0") == 0)
    *point = '\0';
  return g_strdup (number);
}

/* "$41.1 millones", "$850 mil", "$999.96": an amount to read aloud, for
 * sentences; the exact figure stays in the tables. Millions keep one
 * decimal, thousands none (one below ten thousand), and amounts under a
 * thousand stay exact, so that a small difference never reads "$0". */
char *
ind_format_money_spoken (gint64 centavos)
{
  double pesos = (centavos < 0 ? -(double)centavos : (double)centavos) / 100.0;
  const char *sign = centavos < 0 ? "-" : "";
  g_autofree char *number = NULL;
  g_autofree char *spoken = NULL;

  if (pesos < 1000.0)
    return ind_format_money (centavos);

  /* Thresholds sit where rounding would print "1000" in the smaller unit. */
  if (pesos >= 999.95e6)
    {
      number = format_scaled (pesos / 1e9, 1);
      /* Translators: an amount in thousands of millions, "$1.2 mil millones" */
      spoken = g_strdup_printf (_("$%s billion"), number);
    }
  else if (pesos >= 999.5e3)
    {
      number = format_scaled (pesos / 1e6, 1);
      /* Translators: an amount in millions, "$41.1 millones"; the
       * singular is for exactly one, "$1 millón" */
      spoken = g_strdup_printf (ngettext ("$%s million", "$%s million",
                                          strcmp (number, "1") == 0 ? 1 : 2),
                                number);
    }
  else
    {
      number = format_scaled (pesos / 1e3, pesos < 9.95e3 ? 1 : 0);
      /* Translators: an amount in thousands, "$850 mil" */
      spoken = g_strdup_printf (_("$%s thousand"), number);
    }
  return g_strdup_printf ("%s%s", sign, spoken);
}

/* "8.5%": es_MX keeps the decimal point; printf's %f would follow the
 * process locale, so the number goes through g_ascii_formatd(). */
char *
ind_format_percent (double percent,
                    int    decimals)
{
  char format[8];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_snprintf (format, sizeof format, "%%.%df", CLAMP (decimals, 0, 6));
  g_ascii_formatd (buffer, sizeof buffer, format, percent);
  return g_strdup_printf ("%s%%", buffer);
}

char *
ind_format_integer (gint64 value)
{
  GString *out = g_string_new (NULL);
  char digits[32];

  if (value < 0)
    g_string_append_c (out, '-');
  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT,
              value < 0 ? -(guint64)value : (guint64)value);
  append_grouped (out, digits);
  return g_string_free (out, FALSE);
}

static const char *
month_name (GDateMonth month)
{
  static const char *names[] = {
    N_("January"), N_("February"), N_("March"), N_("April"),
    N_("May"), N_("June"), N_("July"), N_("August"),
    N_("September"), N_("October"), N_("November"), N_("December"),
  };

  g_return_val_if_fail (month >= G_DATE_JANUARY && month <= G_DATE_DECEMBER, "");
  return _(names[month - 1]);
}

/* "31 de marzo de 2024"; "" for an invalid date. */
char *
ind_format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  /* Translators: day, month name, year, e.g. "31 de marzo de 2024" */
  return g_strdup_printf (_("%2$s %1$u, %3$u"),
                          (guint)g_date_get_day (date),
                          month_name (g_date_get_month (date)),
                          (guint)g_date_get_year (date));
}

/* "al 31 de marzo de 2024 · primer trimestre" */
char *
ind_format_period (const GDate *date)
{
  static const char *quarters[] = {
    N_("first quarter"), N_("second quarter"),
    N_("third quarter"), N_("fourth quarter"),
  };
  g_autofree char *day = NULL;
  guint quarter;

  if (date == NULL || !g_date_valid (date))
    return g_strdup (_("period unknown"));

  day = ind_format_date (date);
  quarter = (g_date_get_month (date) - 1) / 3;
  /* Translators: "as of <date> · <quarter>" */
  return g_strdup_printf (_("as of %s · %s"), day, _(quarters[quarter]));
}

/* "T1 2024" for a period ending with a quarter, else the date: short
 * enough for a column header or a chart's legend. */
char *
ind_format_period_short (const GDate *date)
{
  GDate quarter_end;
  guint quarter;

  if (date == NULL || !g_date_valid (date))
    return g_strdup (_("period unknown"));

  quarter = (g_date_get_month (date) - 1) / 3 + 1;
  g_date_clear (&quarter_end, 1);
  g_date_set_dmy (&quarter_end, 1, quarter * 3, g_date_get_year (date));
  g_date_set_day (&quarter_end, g_date_get_days_in_month (quarter * 3, g_date_get_year (date)));
  if (g_date_compare (date, &quarter_end) != 0)
    return ind_format_date (date);
  /* Translators: a quarter and its year, as in "T1 2024" */
  return g_strdup_printf (_("Q%u %u"), quarter, (guint)g_date_get_year (date));
}
