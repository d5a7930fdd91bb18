type Office = { id: string };
type OfficeWithServices = { services: { id: string }[] };

const SCORES = [4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 1];
const CHANNELS = ['qr', 'kiosk', 'web', 'widget', 'assisted'];
const COMMENTS = ['Pelayanan cepat dan ramah', 'Antrean lama, mohon ditambah loket', 'Petugas membantu mengisi formulir'];

/** A thousand rating bodies over every office, as citizens would send them: mostly happy, some with a service or a comment. */
export async function ratingBodies(origin: string, count = 1000): Promise<string[]> {
  const { offices } = (await (await fetch(`${origin}/api/v1/offices`)).json()) as { offices: Office[] };
  const services = new Map<string, string[]>();
  for (const office of offices) {
    const detail = (await (await fetch(`${origin}/api/v1/offices/${office.id}`)).json()) as OfficeWithServices;
    services.set(
      office.id,
      detail.services.map((s) => s.id)
    );
  }
  return Array.from({ length: count }, (_, i) => {
    const office = offices[(i * 37) % offices.length]!;
    const serviceIds = services.get(office.id) ?? [];
    return JSON.stringify({
      officeId: office.id,
      ...(i % 7 !== 0 && serviceIds.length > 0 && { serviceId: serviceIds[i % serviceIds.length] }),
      score: SCORES[i % SCORES.length],
      ...(i % 10 === 3 && { comment: COMMENTS[i % COMMENTS.length] }),
      channel: CHANNELS[i % CHANNELS.length]
    });
  });
}
