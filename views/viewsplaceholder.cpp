// placeholder until the first view lands
