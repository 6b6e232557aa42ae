"""ai-coach: coaching on responsible generative AI for marketing teams."""
