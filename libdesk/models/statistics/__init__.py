"""What the year's statistics keep beyond the other areas' records."""
