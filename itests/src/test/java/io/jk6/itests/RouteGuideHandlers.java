package io.jk6.itests;

import com.google.protobuf.Any;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;

/**
 * What k6's test route guide does (internal/lib/testutils/grpcservice/service.go), on dynamic messages, without
 * its random delays: GetFeature, ListFeatures, RecordRoute (its distance by the same haversine formula) and
 * RouteChat. Its features are the first of grpc-go's route_guide_db.json (Apache 2.0), which k6 copies.
 */
final class RouteGuideHandlers {

    /** latitude, longitude, name: the ten of k6's client streaming example, "3 Hasta Way" and one more. */
    private static final Object[][] FEATURES = {
        {407838351, -746143763, "Patriots Path, Mendham, NJ 07945, USA"},
        {408122808, -743999179, "101 New Jersey 10, Whippany, NJ 07981, USA"},
        {413628156, -749015468, "U.S. 6, Shohola, PA 18458, USA"},
        {419999544, -740371136, "5 Conners Road, Kingston, NY 12401, USA"},
        {414008389, -743951297, "Mid Hudson Psychiatric Center, New Hampton, NY 10958, USA"},
        {419611318, -746524769, "287 Flugertown Road, Livingston Manor, NY 12758, USA"},
        {406109563, -742186778, "4001 Tremley Point Road, Linden, NJ 07036, USA"},
        {416802456, -742370183, "352 South Mountain Road, Wallkill, NY 12589, USA"},
        {412950425, -741077389, "Bailey Turn Road, Harriman, NY 10926, USA"},
        {412144655, -743949739, "193-199 Wawayanda Road, Hewitt, NJ 07421, USA"},
        {410248224, -747127767, "3 Hasta Way, Newton, NJ 07860, USA"},
        {415736605, -742847522, "406-496 Ward Avenue, Pine Bush, NY 12566, USA"},
    };

    private final Descriptor point;
    private final Descriptor feature;
    private final Descriptor summary;
    private final List<DynamicMessage> notes = new ArrayList<>();

    RouteGuideHandlers(FileDescriptor file) {
        point = file.findMessageTypeByName("Point");
        feature = file.findMessageTypeByName("Feature");
        summary = file.findMessageTypeByName("RouteSummary");
    }

    /** As k6's server: a point at 0, 0 is INVALID_ARGUMENT, with an ErrorInfo and a BadRequest in its details. */
    void getFeature(DynamicMessage at, StreamObserver<DynamicMessage> out) {
        if (lat(at) == 0 && lon(at) == 0) {
            out.onError(StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                    .setCode(Status.Code.INVALID_ARGUMENT.value()).setMessage("invalid coordinates")
                    .addDetails(Any.pack(ErrorInfo.newBuilder().setReason("ZERO_COORDINATES").setDomain("k6.io/grpc")
                            .putMetadata("hint", "latitude and longitude must be non-zero").build()))
                    .addDetails(Any.pack(BadRequest.newBuilder()
                            .addFieldViolations(BadRequest.FieldViolation.newBuilder().setField("latitude")
                                    .setDescription("must be non-zero"))
                            .addFieldViolations(BadRequest.FieldViolation.newBuilder().setField("longitude")
                                    .setDescription("must be non-zero"))
                            .build()))
                    .build()));
            return;
        }
        out.onNext(featureAt(lat(at), lon(at)));
        out.onCompleted();
    }

    void listFeatures(DynamicMessage rect, StreamObserver<DynamicMessage> out) {
        DynamicMessage lo = sub(rect, "lo");
        DynamicMessage hi = sub(rect, "hi");
        for (Object[] f : FEATURES) {
            int lat = (Integer) f[0];
            int lon = (Integer) f[1];
            if (lon >= Math.min(lon(lo), lon(hi)) && lon <= Math.max(lon(lo), lon(hi))
                    && lat >= Math.min(lat(lo), lat(hi)) && lat <= Math.max(lat(lo), lat(hi))) {
                out.onNext(featureAt(lat, lon));
            }
        }
        out.onCompleted();
    }

    StreamObserver<DynamicMessage> recordRoute(StreamObserver<DynamicMessage> out) {
        long start = System.nanoTime();
        return new StreamObserver<>() {
            private int points;
            private int features;
            private int distance;
            private DynamicMessage last;

            @Override
            public void onNext(DynamicMessage at) {
                points++;
                if (!featureAt(lat(at), lon(at)).getField(feature.findFieldByName("name")).equals("")) {
                    features++;
                }
                if (last != null) {
                    distance += distance(last, at);
                }
                last = at;
            }

            @Override
            public void onError(Throwable t) {
            }

            @Override
            public void onCompleted() {
                out.onNext(DynamicMessage.newBuilder(summary)
                        .setField(summary.findFieldByName("point_count"), points)
                        .setField(summary.findFieldByName("feature_count"), features)
                        .setField(summary.findFieldByName("distance"), distance)
                        .setField(summary.findFieldByName("elapsed_time"),
                                (int) ((System.nanoTime() - start) / 1_000_000_000L))
                        .build());
                out.onCompleted();
            }
        };
    }

    /** Each note back with every earlier note at its location (all kept, as k6's server does). */
    StreamObserver<DynamicMessage> routeChat(StreamObserver<DynamicMessage> out) {
        return new StreamObserver<>() {
            @Override
            public void onNext(DynamicMessage note) {
                List<DynamicMessage> here = new ArrayList<>();
                synchronized (notes) {
                    notes.add(note);
                    Object location = note.getField(note.getDescriptorForType().findFieldByName("location"));
                    notes.stream().filter(n -> n.getField(n.getDescriptorForType().findFieldByName("location"))
                            .equals(location)).forEach(here::add);
                }
                here.forEach(out::onNext);
            }

            @Override
            public void onError(Throwable t) {
            }

            @Override
            public void onCompleted() {
                out.onCompleted();
            }
        };
    }

    private DynamicMessage featureAt(int lat, int lon) {
        String name = "";
        for (Object[] f : FEATURES) {
            if ((Integer) f[0] == lat && (Integer) f[1] == lon) {
                name = (String) f[2];
            }
        }
        DynamicMessage location = DynamicMessage.newBuilder(point).setField(point.findFieldByName("latitude"), lat)
                .setField(point.findFieldByName("longitude"), lon).build();
        return DynamicMessage.newBuilder(feature).setField(feature.findFieldByName("name"), name)
                .setField(feature.findFieldByName("location"), location).build();
    }

    /** The haversine distance in metres, as k6's calcDistance. */
    private static int distance(DynamicMessage from, DynamicMessage to) {
        double lat1 = Math.toRadians(lat(from) / 1e7);
        double lat2 = Math.toRadians(lat(to) / 1e7);
        double dlat = lat2 - lat1;
        double dlng = Math.toRadians(lon(to) / 1e7) - Math.toRadians(lon(from) / 1e7);
        double a = Math.sin(dlat / 2) * Math.sin(dlat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dlng / 2) * Math.sin(dlng / 2);
        return (int) (6371000 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)));
    }

    private static DynamicMessage sub(DynamicMessage message, String field) {
        return (DynamicMessage) message.getField(message.getDescriptorForType().findFieldByName(field));
    }

    private static int lat(DynamicMessage point) {
        return (Integer) point.getField(point.getDescriptorForType().findFieldByName("latitude"));
    }

    private static int lon(DynamicMessage point) {
        return (Integer) point.getField(point.getDescriptorForType().findFieldByName("longitude"));
    }
}
