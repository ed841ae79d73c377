"""Maps the print checks use besides the examples: a five-stage workshop map of 18
touchpoints (CJK, emoji, prices and percentages in its names) as a designer makes
one, and a map with markup-like titles."""

from __future__ import annotations

from journeydesigner.model import (
    Channel,
    Connection,
    Document,
    Persona,
    Stage,
    Touchpoint,
)
from journeydesigner.model import (
    TouchpointMetrics as Metrics,
)

WORKSHOP_TOUCHPOINTS = [
    # stage, channel, step, title, emotion
    ("conocimiento", "redes", 0, "Ve un vídeo de la marca 👍", 1),
    ("conocimiento", "anuncios", 0, "Anuncio con descuento de 20 €", 0),
    ("conocimiento", "web", 1, "美玲 busca opiniones en la web", 1),
    ("conocimiento", "tienda", 1, "Escaparate de la tienda del barrio", 2),
    ("consideracion", "web", 0, "Compara modelos y tallas", 0),
    ("consideracion", "email", 1, "Recibe el boletín con ofertas", -1),
    ("consideracion", "telefono", 1, "Pregunta por la garantía", 1),
    ("consideracion", "redes", 2, "El 71 % recomienda el modelo", 2),
    ("compra", "web", 0, "Carrito y formulario de pago", -2),
    ("compra", "telefono", 1, "Llama porque falla el pago", -1),
    ("compra", "tienda", 1, "Paga en caja con tarjeta", 1),
    ("compra", "email", 2, "Confirmación del pedido 📦", 1),
    ("retencion", "email", 0, "Encuesta de satisfacción", 0),
    ("retencion", "web", 1, "Solicitud de devolución", -2),
    ("retencion", "tienda", 1, "Cambio de talla en tienda", 1),
    ("recomendacion", "redes", 0, "Publica una foto 👟 con amigas", 2),
    ("recomendacion", "email", 1, "Código para invitar: 10 €", 1),
    ("recomendacion", "web", 1, "Deja una reseña de cinco estrellas ⭐", 2),
]


def workshop_map() -> Document:
    """A Spanish workshop map: 5 stages, 6 channels, 18 touchpoints, 6 paths."""
    stages = [("conocimiento", "Conocimiento"), ("consideracion", "Consideración"),
              ("compra", "Compra"), ("retencion", "Retención"),
              ("recomendacion", "Recomendación")]
    channels = [("web", "Sitio web", "digital"), ("redes", "Redes sociales", "digital"),
                ("email", "Correo electrónico", "digital"),
                ("anuncios", "Publicidad online", "digital"),
                ("tienda", "Tienda física", "in_person"), ("telefono", "Teléfono", "in_person")]
    touchpoints = [
        Touchpoint(id=f"t{i}", title=title, stage=stage, channel=channel, step=step,
                   emotion=emotion, personas=["meiling"] if i % 3 == 0 else ["lucia"],
                   metrics=Metrics(csat=71.5) if i == 7 else Metrics(ces=6.5) if i == 8
                   else Metrics())
        for i, (stage, channel, step, title, emotion) in enumerate(WORKSHOP_TOUCHPOINTS)
    ]
    connections = [
        Connection(id=f"c{i}", source=f"t{a}", target=f"t{b}", polarity=polarity, label=text)
        for i, (a, b, polarity, text) in enumerate([
            (0, 2, "positive", "Le interesa"), (2, 4, "positive", ""),
            (4, 8, "positive", "Decide"), (8, 9, "negative", "Falla el pago"),
            (8, 11, "positive", ""), (13, 14, "neutral", "¿Tienda o envío?"),
        ])
    ]
    return Document(
        title="Taller de compra de zapatillas 👍",
        description="Mapa hecho en el taller con 美玲 y Lucía: descuento de 20 €, el 71 % "
                    "satisfecho.",
        language="es",
        stages=[Stage(id=i, name=n) for i, n in stages],
        channels=[Channel(id=i, name=n, kind=k) for i, n, k in channels],
        personas=[Persona(id="meiling", name="美玲", goals=["Comprar sin hacer cola 👍"]),
                  Persona(id="lucia", name="Lucía", needs=["Envío en 24 h"])],
        touchpoints=touchpoints,
        connections=connections,
    )
