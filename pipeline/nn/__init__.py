"""torch nn.Modules and their encoders; never import Document here."""
